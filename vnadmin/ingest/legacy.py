"""Legacy Vietnamese font encodings: TCVN3 (ABC, the .VnTime fonts) and VNI-Windows (the VNI-Times fonts).

Archives from before ~2010 hold text typed in these encodings. It reaches vnadmin in two shapes:

* **bytes** (a .txt saved by an old Word or DOS tool): :func:`decode_bytes` reads them as Windows-1252 and maps
  every legacy letter to Unicode; :func:`guess_bytes` says which encoding, if any, gives plausible Vietnamese;
* **mojibake** in text that is already Unicode (the legacy bytes were read as Windows-1252/Latin-1 and saved
  again: ``QuyÕt ®Þnh`` for ``Quyết định``), in a .txt, an HTML page, a DOCX run in a .VnTime font or a PDF
  text layer: :func:`repair` converts it word by word, only where the words say so.

Detection is by words, never by characters: ``°C``, ``m²``, ``±``, ``µg`` and ``®`` are real symbols in real
documents. A word is *evidence* of a legacy encoding when it is not Vietnamese as it stands and becomes a
well-formed Vietnamese syllable once converted (``ngµy`` → ``ngày``, ``Vieät`` → ``Việt``). A text is repaired
only when it holds at least :data:`MIN_EVIDENCE` different evidence words; then each line that holds evidence
(or holds no letter beyond Latin-1, which genuine Vietnamese Unicode lines nearly always do) has its words
converted, each only when the result is a Vietnamese syllable, a letter (the list item ``đ)``) or an upper-case
code (``Q§`` → ``QĐ``), or when the word holds a Latin-1 character Vietnamese never uses (``ñoâla`` → ``đôla``).

The tables are data: ``data/tcvn3.tsv`` and ``data/vni.tsv``.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from vnadmin.resources import tsv_rows

PACKAGE = "vnadmin.ingest"
ENCODINGS = ("tcvn3", "vni")
NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI-Windows"}
MIN_EVIDENCE = 3  # different evidence words before a Unicode text is repaired
MIN_BYTES_SHARE = 0.8  # share of the non-ASCII words that must be Vietnamese for legacy bytes to be accepted

# --- the tables -------------------------------------------------------------------------------------------


@cache
def table(encoding: str) -> dict[str, str]:
    """Legacy sequence (the bytes read as Latin-1) → Unicode letter (NFC)."""
    if encoding not in ENCODINGS:
        raise ValueError(f"encoding must be one of {ENCODINGS}, not {encoding!r}")
    mapping: dict[str, str] = {}
    for row in tsv_rows(PACKAGE, f"{encoding}.tsv"):
        legacy = bytes.fromhex(row[0]).decode("latin-1")
        mapping[legacy] = unicodedata.normalize("NFC", row[1])
    return mapping


@cache
def inverse_table(encoding: str) -> dict[str, str]:
    """Unicode letter → legacy sequence (as Latin-1 text): for encoding test data."""
    return {unicode: legacy for legacy, unicode in table(encoding).items()}


@cache
def _vni_keys() -> dict[str, str]:
    keys = dict(table("vni"))
    # a capital base with a small mark (or the reverse) is still that letter: keyboards mixed the two
    for legacy, unicode in table("vni").items():
        if len(legacy) == 2 and legacy[0].isascii():
            keys.setdefault(legacy[0].swapcase() + legacy[1], unicode.swapcase())
    return keys


@cache
def _vni_pattern() -> regex.Pattern:
    return regex.compile("|".join(regex.escape(k) for k in sorted(_vni_keys(), key=len, reverse=True)))


@cache
def _tcvn3_translation() -> dict[int, str]:
    return {ord(legacy): unicode for legacy, unicode in table("tcvn3").items()}


# Windows-1252 for 0x80-0x9F (Latin-1 for the five bytes it leaves undefined); Latin-1 elsewhere
_CP1252_HIGH = {b: bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xA0)}


def latin_text(data: bytes) -> str:
    """Bytes as a legacy-font editor showed them: Windows-1252, with Latin-1 for its undefined bytes."""
    return data.decode("latin-1").translate(_CP1252_HIGH)


# --- conversion -------------------------------------------------------------------------------------------

_ASCII_UPPER = regex.compile(r"[A-Z]")
_ASCII_LOWER = regex.compile(r"[a-z]")


def convert_word(word: str, encoding: str) -> str:
    """One word converted with the table (every legacy sequence in it)."""
    if encoding == "tcvn3":
        converted = word.translate(_tcvn3_translation())
        # capitals with tone marks have no TCVN3 code: "QUYÕT" (typed with caps lock) is "QUYẾT"
        if converted != word and len(_ASCII_UPPER.findall(word)) >= 2 and not _ASCII_LOWER.search(word):
            converted = converted.upper()
        return converted
    keys = _vni_keys()
    return _vni_pattern().sub(lambda m: keys[m.group(0)], word)


_WORD = regex.compile(r"[\p{L}\p{M}\u00a1-\u00ff]+")


def convert(text: str, encoding: str) -> str:
    """The whole text converted (legacy bytes already read with :func:`latin_text`)."""
    return _WORD.sub(lambda m: convert_word(m.group(0), encoding), text)


def decode_bytes(data: bytes, encoding: str) -> str:
    """Legacy bytes → Unicode text (NFC letters; everything else as Windows-1252 shows it)."""
    return convert(latin_text(data), encoding)


# --- what Vietnamese looks like ---------------------------------------------------------------------------

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_CHECKED_TONES = {"\u0301", "\u0323"}  # the only tones a syllable ending in -c -ch -p -t takes
_VOWEL_OR_MODIFIER = set("aeiouy\u0302\u0306\u031b")
_NUCLEI = (
    "iêu yêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê "
    "a ă â e ê i o ô ơ u ư y"
).split()
_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"(?:" + "|".join(_NUCLEI) + r")"
    r"(?P<final>ng|nh|ch|[cmnptk])?"  # -k: Đắk Lắk, Krông Búk (place names of the Central Highlands)
)
_CODE = regex.compile(r"[A-ZĐ]{2,8}")  # QĐ, NĐ, BGDĐT: upper-case codes inside document numbers


@lru_cache(maxsize=1 << 16)
def is_syllable(word: str) -> bool:
    """Whether ``word`` is a well-formed Vietnamese syllable (any case, composed or not): an onset, a vowel
    nucleus, a final, at most one tone mark, on a vowel, and only sắc or nặng before -c -ch -p -t."""
    tone = None
    base: list[str] = []
    for char in unicodedata.normalize("NFD", word.lower()):
        if char in _TONES:
            if tone is not None or not base or base[-1] not in _VOWEL_OR_MODIFIER:
                return False
            tone = char
        else:
            base.append(char)
    match = _SYLLABLE.fullmatch(unicodedata.normalize("NFC", "".join(base)))
    if match is None:
        return False
    return match.group("final") not in ("c", "ch", "p", "t", "k") or tone in _CHECKED_TONES


_LETTERS = frozenset("aăâbcdđeêghiklmnoôơpqrstuưvxy")


def is_vietnamese_word(word: str) -> bool:
    """A syllable, a letter of the alphabet (the list item "đ)"), or an upper-case code such as QĐ."""
    return is_syllable(word) or word.lower() in _LETTERS or bool(_CODE.fullmatch(word))


# Latin-1 characters that Vietnamese text never holds (ñ ä ø µ ¸ ® ...): a word of a legacy line that has one is
# legacy whatever it converts to ("ñoâla" → "đôla")
_FOREIGN_LATIN1 = regex.compile(r"(?V1)[\u00a1-\u00ff--[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý]]")


def _beyond_latin1(word: str) -> bool:
    return any(ord(char) > 0xFF for char in word)


_LEGACY_CHAR = regex.compile(r"[\u00a1-\u00ff]")  # every legacy byte of both tables reads as one of these


def _has_legacy_char(word: str) -> bool:
    return _LEGACY_CHAR.search(word) is not None


def vietnamese_share(text: str) -> tuple[int, int]:
    """(Vietnamese words, words with a non-ASCII character) of a text: how plausible a decoding is."""
    good = total = 0
    for match in _WORD.finditer(text):
        word = match.group(0)
        if word.isascii():
            continue
        total += 1
        good += is_vietnamese_word(word)
    return good, total


# --- bytes ------------------------------------------------------------------------------------------------


def guess_bytes(data: bytes) -> tuple[str, str, float] | None:
    """(text, encoding, share) of the legacy encoding whose conversion reads best as Vietnamese, when at least
    :data:`MIN_BYTES_SHARE` of the non-ASCII words are Vietnamese syllables; else None."""
    latin = latin_text(data)
    best = None
    for encoding in ENCODINGS:
        text = convert(latin, encoding)
        good, total = vietnamese_share(text)
        if not total:
            continue
        share = good / total
        if share >= MIN_BYTES_SHARE and (best is None or share > best[2]):
            best = (text, encoding, share)
    return best


# --- mojibake in Unicode text -----------------------------------------------------------------------------


@dataclass
class Repair:
    text: str
    encoding: str | None = None  # the legacy encoding found, None when the text was left alone
    words: int = 0  # words converted
    evidence: int = 0  # different evidence words


# a word of ASCII letters and Latin-1 characters with one of them at least (a word with a letter beyond Latin-1
# is Unicode Vietnamese, never legacy)
_LATIN1_WORD = regex.compile(r"(?<![\p{L}\p{M}\u00a1-\u00ff])[A-Za-z]*[\u00a1-\u00ff]"
                             r"[A-Za-z\u00a1-\u00ff]*(?![\p{L}\p{M}\u00a1-\u00ff])")


def _latin1_words(text: str) -> set[str]:
    """The different matches of ``_LATIN1_WORD`` in ``text``, the pattern run on each different run of characters
    between white spaces that is not ASCII (none of its matches spans a white space, which is no letter, mark or
    Latin-1 character): three times faster than its scan of the whole text, which backtracks over every word."""
    words: set[str] = set()
    for token in set(text.split()):
        if not token.isascii():
            words.update(_LATIN1_WORD.findall(token))
    return words


def evidence(text: str, encoding: str) -> set[str]:
    """The different words of ``text`` that are not Vietnamese as they stand and become a Vietnamese syllable
    when converted from ``encoding`` (with two characters or more, one of them an ASCII letter)."""
    return {word for word in _latin1_words(text) if _is_evidence(word, encoding)}


@lru_cache(maxsize=1 << 16)
def _is_evidence(word: str, encoding: str) -> bool:
    if len(word) < 2 or not any(char.isascii() for char in word) or is_syllable(word):  # ASCII = an ASCII letter
        return False
    converted = convert_word(word, encoding)
    return converted != word and is_syllable(converted)


def repair(text: str) -> Repair:
    """Mojibake of TCVN3 or VNI in ``text`` converted to Unicode, word by word; genuine Unicode Vietnamese and
    symbols untouched. Returns the text unchanged (encoding None) when there is not enough evidence."""
    if not _FOREIGN_LATIN1.search(text):  # every legacy text holds one (ngµy, Vieät): most Unicode texts none
        return Repair(text)
    words = _latin1_words(text)
    found = {encoding: {word for word in words if _is_evidence(word, encoding)} for encoding in ENCODINGS}
    encoding = max(ENCODINGS, key=lambda e: len(found[e]))
    if len(found[encoding]) < MIN_EVIDENCE:
        return Repair(text, evidence=len(found[encoding]))
    strong = found[encoding]
    converted = 0

    def one(match: regex.Match) -> str:
        nonlocal converted
        word = match.group(0)
        if word.isascii() or _beyond_latin1(word) or not _has_legacy_char(word):
            return word
        new = convert_word(word, encoding)
        if new != word and (is_vietnamese_word(new) or _FOREIGN_LATIN1.search(word)):
            converted += 1
            return new
        return word

    lines = text.split("\n")
    for index, line in enumerate(lines):
        words = _WORD.findall(line)
        if not any(word in strong for word in words) and any(_beyond_latin1(word) for word in words):
            continue  # a Unicode line with no evidence of its own
        lines[index] = _WORD.sub(one, line)
    return Repair("\n".join(lines), encoding, converted, len(strong))


__all__ = ["ENCODINGS", "NAMES", "Repair", "convert", "convert_word", "decode_bytes", "evidence", "guess_bytes",
           "inverse_table", "is_syllable", "is_vietnamese_word", "latin_text", "repair", "table",
           "vietnamese_share"]
