"""Normalization: raw text in, one canonical text out, with a map from every normalized offset back to the raw text.

Passes, in order (each a plain function of the previous result):

1. line ends: CRLF and lone CR become LF; literal ``\\r\\n`` escapes (text exported from a database) become LF;
2. invisible and odd spaces: zero-width characters and soft hyphens removed, no-break and other spaces → " ";
3. Unicode NFC (combining tone marks composed: ``ô`` + U+0301 → ``ố``);
4. tone-mark placement to the traditional convention (``hoà`` → ``hòa``, ``Uỷ`` → ``Ủy``), table in data/ (bold
   closed and reopened inside a word, ``x****ã``, is dropped first, so that the pass reads the whole word);
5. look-alike letters: Ð (U+00D0) → Đ everywhere, Cyrillic С/Р/Т... → Latin inside number-like tokens;
6. page furniture: a digital signature's stamp and a gazette's running header with the page number, which cut
   sentences in two, are removed (one line break stands for the page break);
7. a web page's Markdown emphasis where it cuts words, numbers and dates; a date's word glued to its digits
   (``tháng12``); an underscore for a number's hyphen (``NĐ_CP``);
8. legal tokens spaced or broken by layout: ``2033 /QĐ-UBND``, ``118/TTr- STTTT``, ``473/TTr -\\nNN&PTNT``,
   an OCR's doubled hyphen ``NĐ- -CP``, are closed up (only where the codes table says the parts belong together).
Trailing spaces are kept (the patterns allow them): removing them would record an edit on every line of a
PDF extraction for no gain. Passes that keep the length (2, 4, 5) need no map; the others record their edits.
"""
from __future__ import annotations

import bisect
from functools import cache
import unicodedata
from dataclasses import dataclass, field

import regex

from vnadmin.resources import tsv_rows

PACKAGE = "vnadmin.text"


@dataclass(frozen=True)
class EditMap:
    """Edits made by one pass: parallel lists of (output start, output end, input start, input end)."""

    out_starts: list[int]
    out_ends: list[int]
    in_starts: list[int]
    in_ends: list[int]

    def to_input(self, pos: int) -> int:
        i = bisect.bisect_right(self.out_starts, pos) - 1
        if i < 0:
            return pos
        if pos < self.out_ends[i]:  # inside a replacement: point at the same place in the replaced text
            return min(self.in_starts[i] + (pos - self.out_starts[i]), self.in_ends[i])
        return pos - self.out_ends[i] + self.in_ends[i]


def substitute(pattern: regex.Pattern, replace, text: str, matches=None) -> tuple[str, EditMap | None]:
    """``pattern.sub`` that also returns the map of its edits (None when nothing changed). ``matches``, with a
    callable ``replace``, are those of ``pattern.finditer(text)`` found another way."""
    if not callable(replace):  # a constant replacement: the text from C, the map from the spans alone
        spans = [m.span() for m in pattern.finditer(text) if m.group(0) != replace]
        if not spans:
            return text, None
        grow = len(replace)
        in_starts = [a for a, _ in spans]
        in_ends = [b for _, b in spans]
        out_starts: list[int] = []
        shift = 0
        for a, b in spans:
            out_starts.append(a + shift)
            shift += grow - (b - a)
        out_ends = [o + grow for o in out_starts]
        return pattern.sub(replace, text), EditMap(out_starts, out_ends, in_starts, in_ends)
    pieces: list[str] = []
    out_starts = []
    out_ends = []
    in_starts = []
    in_ends = []
    last = 0
    out_len = 0
    for match in pattern.finditer(text) if matches is None else matches:
        new = replace(match)
        old = match.group(0)
        if new == old:
            continue
        start, end = match.span()
        pieces.append(text[last:start])
        out_len += start - last
        out_starts.append(out_len)
        pieces.append(new)
        out_len += len(new)
        out_ends.append(out_len)
        in_starts.append(start)
        in_ends.append(end)
        last = end
    if not out_starts:
        return text, None
    pieces.append(text[last:])
    return "".join(pieces), EditMap(out_starts, out_ends, in_starts, in_ends)


@dataclass
class NormalizedText:
    """The normalized text and the way back to the raw text it came from."""

    text: str
    raw: str
    maps: list[EditMap] = field(default_factory=list)  # in pass order: raw → ... → text

    def to_raw(self, pos: int) -> int:
        for edit_map in reversed(self.maps):
            pos = edit_map.to_input(pos)
        return pos

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        return self.to_raw(start), self.to_raw(end)


# --- the tables -------------------------------------------------------------------------------------------

_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_PATTERN = regex.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_ODD_SPACE_CHARS = "\u00a0\u2007\u202f\u2002\u2003\u2009\u200a\u3000"
_ODD_SPACES = regex.compile("[\u00a0\u2007\u202f\u2002\u2003\u2009\u200a\u3000]")


def _homoglyph_tables() -> tuple[dict[int, str], dict[int, str]]:
    everywhere: dict[int, str] = {}
    mixed: dict[int, str] = {}
    for source, target, where in tsv_rows(PACKAGE, "homoglyphs.tsv"):
        (everywhere if where == "everywhere" else mixed)[ord(source)] = target
    return everywhere, mixed


_HOMOGLYPHS_EVERYWHERE, _HOMOGLYPHS_MIXED = _homoglyph_tables()
# An en dash, a figure dash or a minus sign between a number's codes ("34/2016/NĐ–CP", "01/2014/TT−BNV−BXD": a
# word processor's or a font's dash): a hyphen. Elsewhere they stay ("2021–2025", "Hà Nội – Huế").
# (the look back is bounded, as a number's parts are: unbounded, a long chain of "A–B–C…" was walked back at each dash)
_DASH_IN_CODE = regex.compile(r"(?<=\d/(?:[\p{L}\d&]{1,30}[-\u2012\u2013\u2212]){0,8}\p{Lu}[\p{L}&]{0,30})"
                              r"[\u2012\u2013\u2212](?=\p{Lu})")
_ANY_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")
_TOKEN_BEFORE = regex.compile(r"[\p{L}\d/&\-]*", regex.REVERSE)  # a token's characters: letters, digits, "/", "&", "-"
_TOKEN_AFTER = regex.compile(r"[\p{L}\d/&\-]*")
_TOKEN_CHAR = regex.compile(r"[\p{L}\d/&\-]")

_TONE_TABLE = dict(tsv_rows(PACKAGE, "tone_marks.tsv"))
# (a character class is much faster to scan for than the table's alternation, and the "q" checked behind the pair
# once it is found: a third faster than a pattern that begins with the lookbehind)
_TONE_PATTERN = regex.compile(
    r"[oOuU][" + "".join(sorted({key[1] for key in _TONE_TABLE})) + r"](?<![qQ]..)(?!\p{L}|\p{M})"
)

_LITERAL_CRLF = regex.compile(r"\\r\\n|\\n\\r")
_CR = regex.compile(r"\r\n?")
_DECOMPOSED = regex.compile(r"\P{M}\p{M}+")
_MARKS_AFTER_A_BASE = regex.compile(r"(?<=\P{M})\p{M}+")


def _decomposed_runs(text: str) -> list[regex.Match]:
    """``_DECOMPOSED.finditer(text)``, found by scanning for the marks (rare) and taking the character before each
    run: four times faster than trying a base character at every position."""
    return [_DECOMPOSED.match(text, marks.start() - 1) for marks in _MARKS_AFTER_A_BASE.finditer(text)]


def _composed(match: regex.Match) -> str:
    return unicodedata.normalize("NFC", match.group(0))


_ACUTE_PROBE = 4000  # characters of a text's start looked at for a combining acute


def _needs_composing(text: str) -> bool:
    """Whether the composing pass must run: the text is not NFC, or its start holds a combining acute (U+0301, the
    sắc tone apart from its vowel: a text converted to decomposed form holds one in its first lines). The acute is
    found much faster than unicodedata.is_normalized answers, which normalizes the whole text when a mark is
    present; on an NFC text that holds one, the pass changes nothing (each base and its marks are already
    composed)."""
    return text.find("\u0301", 0, _ACUTE_PROBE) >= 0 or not unicodedata.is_normalized("NFC", text)


# A document number whose parts are separated by spaces or a line break; repaired by _close_up_number.
_SEG = r"\p{Lu}[\p{L}\d&]*"
_SPACED_NUMBER = regex.compile(
    # "số 409⏎/TTr-SVHTTDL"; "06/2024/⏎TT-BLĐTBXH" (a break after the slash only before a code with its hyphen, or
    # a National Assembly's code with its term: "119/2026/ ⏎UBTVQH15")
    r"(?<![\p{L}\d])\d{1,6}(?:[ \t]*/[ \t]*(?:19|20)\d{2})?[ \t]*\n?[ \t]*/(?:[ \t]*\n[ \t]*(?=" + _SEG
    + r"-\p{Lu}|(?:UBTVQH|QH)\d{1,2}(?![\p{L}\d]))|[ \t]*)"
    + _SEG
    # (a ministry's code after a space in place of the hyphen: "13/2025/TT BNNMT"; joined after a type code alone; a
    # blank line after a hyphen that ends its line: "THÔNG TƯ SỐ 19/2013/TT-⏎⏎NHNN", a known code only; a hyphen an
    # OCR read twice: "306/2025/NĐ- -CP"; a table's cell wrapped before the hyphen: "27/2018/QĐ⏎-TTg")
    + r"(?:(?:[ \t]*-(?:[ \t]*-)?[ \t]*\n?[ \t]*|-[ \t]*\n[ \t]*\n[ \t]*|[ \t]*\n[ \t]*-|[ ](?=B\p{Lu}+(?![\p{L}\d])))"
    + _SEG + r")*"
)
_SPACED_PARTY_NUMBER = regex.compile(  # "57- NQ/TW", "05 -NQ / TW", "49-⏎NQ/TW"
    r"(?<![\p{L}\d])\d{1,5}(?:[ \t]+-[ \t]*|-[ \t]+|-[ \t]*\n[ \t]*)(?P<type>\p{Lu}[\p{L}]*)[ \t]*/[ \t]*\p{Lu}[\p{L}\d]*"
    r"|(?<![\p{L}\d])\d{1,5}-(?P<type2>\p{Lu}[\p{L}]*)(?:[ \t]+/[ \t]*|/[ \t]+)\p{Lu}[\p{L}\d]*"
)
_BLANKS = regex.compile(r"[ \t]+")
_BLANKS_AND_BREAKS = regex.compile(r"[ \t\n]+")
# matched back from an anchor (one way to split the blanks around the line break: two runs of [ \t]* on either side of
# an optional break split a long run of spaces in as many ways as it is long, each tried)
_DIGITS_BEFORE = regex.compile(r"\d+(?:[ \t]*+\n)?[ \t]*+", regex.REVERSE)
_DIGITS_GAP = (" ", "\t", "\n")


def matches_after_digits(pattern: regex.Pattern, text: str, anchor: str):
    """``pattern.finditer(text)`` for a pattern whose every match begins with a run of digits (not after a letter
    or a digit) followed by spaces or tabs (and at most one line break) and ``anchor`` ("/" for numbers, "-" for party numbers): the pattern
    is tried only at the start of the digits before each occurrence of ``anchor`` (found with str.find, many
    times faster than the pattern's scan of the whole text). Those starts come in text order and hold every
    match's start, so the matches are the scan's."""
    end = 0
    at = text.find(anchor)
    while at >= 0:
        before = text[at - 1:at]  # a digit, a space, a tab or a line break: else no digits before (a third of them)
        digits = _DIGITS_BEFORE.match(text, 0, at) if before.isdecimal() or before in _DIGITS_GAP else None
        if digits and digits.start() >= end:
            match = pattern.match(text, digits.start())
            if match:
                yield match
                end = match.end()
        at = text.find(anchor, max(at + 1, end))
_CODE = regex.compile(_SEG)
_NUMBER_PARTS = regex.compile(r"([ \t]*-(?:[ \t]*-)?[ \t]*\n?[ \t]*|-[ \t]*\n[ \t]*\n[ \t]*|[ \t]*\n[ \t]*-|[ ])(" + _SEG
                           + r")")


# Markdown emphasis inside a number ("39/2024/QH**1**5", "số **1**52/2025/NĐ-CP": converters bold single
# digits): the markers between two letters or digits, one of them a digit, in a run of letters, digits and "-"
# that holds a "/", are dropped. Elsewhere a "*" between a digit and a letter may be a footnote mark ("nhiệm
# vụ**2**") or a product ("RWA1*COR"), and stays.
# (the looks around bounded by a number's length: a long run of "a*a*…" was read to its end from each "*")
_EMPHASIS_INSIDE = regex.compile(r"(?<=/[\p{L}\d\-*]{0,40}[\p{L}\d])\*{1,3}(?=[\p{L}\d])"
                                 r"|(?<=[\p{L}\d])\*{1,3}(?=[\p{L}\d][\p{L}\d\-*]{0,40}/)"
                                 r"|(?<=\d)\*{1,3}(?=/[\p{L}\d])"  # closed before the "/": "*số 794*/SDTTG-VP"
                                 r"|(?<=\d/[\p{L}\d\-/]*-)\*{1,3}(?=\p{Lu})"  # after a code's hyphen: "349/TTr-**CP"
                                 r"|(?<=\d/)\*{1,3}(?=[\p{Lu}\d])")  # after the "/": "395/**ĐA-CP", "203/**2025/QH15"


# Markdown emphasis around a few letters inside a word ("Luật Kh**á**m bệnh", "qu**á** cảnh": a page saved from the
# web that bolded a letter): the markers go, so that the word reads whole.
_EMPHASIS_AROUND_LETTERS = regex.compile(r"(?<=\p{L})(\*{1,3})(\p{Ll}{1,4})\1(?![*\p{Lu}])")


# Markdown emphasis inside a date ("ngày **24** tháng** 11** năm 2025", "ng**ày 21 tháng", "năm⏎202**5*", a page
# saved from the web): the markers inside a word or a number go, those between its words and numbers become spaces,
# so that the date reads through.
_EMPHASIS_IN_DATE = regex.compile(
    r"(?<=(?:ngày|tháng|năm|Ngày)[ \t]*\n?[ \t]*)\*{1,3}(?=[ \t]*\d)|(?<=\d[ \t]*)\*{1,3}(?=[ \t]*\n?[ \t]*(?:tháng|năm))"
    r"|(?<=\d)\*{2,3}(?=\d)|(?<=ng)\*{1,3}(?=ày[ \t]+\d)")


def _emphasis_out_of_date(match: regex.Match) -> str:
    text = match.string
    inside = text[match.start() - 1].isalnum() and text[match.end()].isalnum()
    return "" if inside else " " * len(match.group(0))


def _drop_emphasis_at_digit(match: regex.Match) -> str:
    text = match.string
    before = text[match.start() - 1]
    return "" if before.isdecimal() or before in "-/" or text[match.end()].isdecimal() else match.group(0)


# A number and its date that a page saved from the web prints one word an italic paragraph ("số *⏎⏎*412*⏎⏎*/BC-UBPLTP15
# ngày*⏎⏎*03*⏎⏎*tháng*⏎⏎*6*⏎⏎*năm 2025 của …*": a table cell's line breaks): the breaks between the fragments become
# a space where one fragment is a number's or a date's word or digits alone and the next goes on with the number or date.
_ITALIC_CELL_BREAKS = regex.compile(r"(?:(?<=(?:số|ngày|tháng)[ \t]*)|(?<=\n\*\d{1,4}))\*[ \t]*\n[ \t]*\n[ \t]*\*"
                                    r"(?=\d{1,4}\*|/\p{Lu}|(?:tháng|năm)[ \t*])")

# A word that such a page cuts between two italic paragraphs ("*(Kèm theo Ngh*⏎⏎*ị định số 158/2025/NĐ-CP*",
# "*ng*⏎⏎*ày 25 tháng 6 năm 2025 c*⏎⏎*ủa Ch*⏎⏎*ính ph*⏎⏎*ủ)*"): a fragment of consonants alone is no Vietnamese
# syllable (every syllable holds a vowel), so the word goes on in the next paragraph, joined without the breaks.
_ITALIC_WORD_BREAK = regex.compile(r"(?<=(?<![\p{L}\d])[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX]{1,3})"
                                   r"\*[ \t]*\n[ \t]*\n[ \t]*\*(?=\p{Ll})")


# Bold text that a converter hard-wrapped ("**QUYẾT⏎ĐỊNH**", "**Dương⏎Đức Tuấn**", "**Điều⏎1.**"): the line
# breaks inside a short bold span (at most 2, at most BOLD_SPAN_CHARS in all) become spaces, so that a title, a
# name or a heading is one line again. Same length: offsets are unchanged. Not where the next line is indented
# or the break follows a "\\" (the cells of a table laid out in text, whose "**" pair across columns), nor before
# a signing authority's line ("**TM. ỦY BAN NHÂN DÂN⏎KT. CHỦ TỊCH**": two lines of their own).
BOLD_SPAN_CHARS = 120
_BOLD_ACROSS_LINES = regex.compile(r"\*\*[^*\n]+(?:(?<!\\)\n(?![ \t]|(?:TM|KT|TL|TUQ|Q)\.)[^*\n]+){1,2}\*\*")


def _bold_on_one_line(match: regex.Match) -> str:
    span = match.group(0)
    return span.replace("\n", " ") if len(span) <= BOLD_SPAN_CHARS else span


# Bold closed and opened again inside a word ("Luật Bảo hiểm x****ã h****ội", "C****ỘNG HO****À", a page saved from
# the web): the marks render nothing there, and they cut the word a reader reads. Not between a word in capitals and
# a capitalized one ("NGHỊ QUYẾT****Về việc": a line break the converter lost).
_BOLD_REOPENED_IN_WORD = regex.compile(r"(?<=\p{L})\*{4}(?=\p{Ll})|(?<=\p{Lu})\*{4}(?=\p{Lu}(?!\p{Ll}))")


# Italics closed and opened again between two words ("tháng* *11 năm 2025", "Báo cáo số* *136/BC-STP": a
# converter's line wrap): a space alone, so that the date or the number reads through.
_ITALIC_REOPENED = regex.compile(r"(?<=[^\s*])\* \*(?=[^\s*])")


# "ngày" glued to the code or the digits before it ("152/2025/TT-BTCngày 31 tháng 12", a PDF's text layer): a space
# goes between, so that the number ends and the date begins.
_GLUED_NGAY = regex.compile(r"(?<=[\p{Lu}\d])ngày(?=[ \t\n]+\d)")

# A date's month or year glued to its word ("ngày 31 tháng12 năm 2025", "tháng 6 năm2025"): a space goes between.
_GLUED_DATE_WORD = regex.compile(r"(?<=ngày[ \t]+\d{1,2}[ \t]+)tháng(?=\d{1,2}[ \t]+năm(?![\p{L}]))"
                                 r"|(?<=tháng[ \t]+\d{1,2}[ \t]+)năm(?=(?:19|20)\d\d(?!\d))", regex.IGNORECASE)
_DATE_WORDS_CASED = ("tháng", "năm", "Tháng", "Năm", "THÁNG", "NĂM")


def _has_glued_date_word(text: str) -> bool:
    """Whether a month's or year's word stands right before a digit anywhere (str.find: a regex scan for the words
    cost half the whole normalization of a report)."""
    for word in _DATE_WORDS_CASED:
        at = text.find(word)
        while at >= 0:
            if text[at + len(word):at + len(word) + 1].isdigit():
                return True
            at = text.find(word, at + len(word))
    return False


# An underscore typed for a hyphen between a number's codes ("Nghị định số 54/2019/NĐ_CP")
_UNDERSCORE_IN_NUMBER = regex.compile(r"(?<=(?<![\p{L}\d])\d{1,5}/(?:(?:19|20)\d\d/)?\p{Lu}[\p{L}&]{0,9})_(?=\p{Lu})")
# The slash after a number's year typed twice ("86/2024//TT-BTC", "143/2025//NĐ-CP": 3 gazette texts): one
_SLASH_TWICE_IN_NUMBER = regex.compile(r"(?<=(?<![\p{L}\d/])\d{1,5}/(?:19|20)\d\d)/(?=/\p{Lu})")


# The rule under the issuer's name glued to the "Số:" line after it ("CHÍNH PHỦ__________ Số: 170/2025/NĐ-CP", a
# page saved from the web): a line break in its place, so that the number line begins a line of its own.
_RULE_BEFORE_NUMBER_LINE = regex.compile(r"(?<=\p{Lu})_{3,}[ \t]*(?=(?:Số|SỐ)[ \t]*:)")


# A signature block that a converter put in one table cell without its line breaks ("| TM. CHÍNH PHỦKT. THỦ
# TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Hồ Đức Phớc |", "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘICHỦ TỊCH"): a line break goes back where
# a prefix, a signer's title (extract/data/signer_titles.txt) or the name follows a capital letter with no space,
# and around "(Đã ký)". Only in a table's cell (after a "|") that begins with "TM." or "KT." and is at most
# SIGNATURE_CELL_CHARS.
SIGNATURE_CELL_CHARS = 200
_SIGNATURE_CELL_START = regex.compile(r"(?:TM|KT)\.[ \t]*\p{Lu}")
_CELL_END = regex.compile(r"[\n\t|]")


@cache
def _signature_glue() -> regex.Pattern:
    from vnadmin.resources import word_list

    titles = sorted(word_list("vnadmin.extract", "signer_titles.txt"), key=len, reverse=True)
    return regex.compile(
        r"(?<=\p{Lu})(?=(?:KT|TL|TUQ|TM|Q)\.[ \t]*\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})"
        r"|(?<=\p{Lu})(?=(?:" + "|".join(regex.escape(t) for t in titles) + r")(?:\P{L}|\p{Lu}\p{Ll}|$))"
        r"|(?<=[^\s(])(?=\((?:Đã|đã|ĐÃ) (?:ký|KÝ|kí)\))|(?<=\((?:Đã|đã|ĐÃ) (?:ký|KÝ|kí)\))(?=[^\s)])")


def _line_break(_match: regex.Match) -> str:
    return "\n"  # a callable: substitute() applies a constant replacement to every match of the whole text


def _blank_line(_match: regex.Match) -> str:
    return "\n\n"


def _vowels() -> str:
    return "".join(c for c in map(chr, range(0x41, 0x1F00))
                   if c.isalpha() and unicodedata.normalize("NFD", c)[0].lower() in "aeiouy")


# What every glue point leaves in a cell, cheap to look for: two syllables in one word (a vowel, then consonants,
# then a vowel: "HỘICHỦ", "TƯỚNGPHÓ", "TƯỚNGNguyễn"), a prefix glued to a word ("PHỦKT.") or a bracket glued to one
_GLUE_HINT = regex.compile(rf"[{_vowels()}][^\s{_vowels()}]+[{_vowels()}]|\p{{Lu}}(?:KT|TL|TUQ|TM|Q)\.|\S\(|\)\S")


def _after_cell_border(text: str, at: int) -> bool:
    """Whether a table's "|" stands before ``at``, past spaces, "*" and at most one line break."""
    at -= 1
    breaks = 0
    while at >= 0 and text[at] in " \t*\n":
        breaks += text[at] == "\n"
        if breaks > 1:
            return False
        at -= 1
    return at >= 0 and text[at] == "|"


def _glue_in_signature_cells(text: str):
    """The matches of _signature_glue() inside the cells that begin with a signing authority's prefix."""
    for prefix in ("TM.", "KT."):
        at = text.find(prefix)
        while at >= 0:
            if _after_cell_border(text, at) and _SIGNATURE_CELL_START.match(text, at):
                end = _CELL_END.search(text, at)
                end = end.start() if end else len(text)
                if end - at <= SIGNATURE_CELL_CHARS and _GLUE_HINT.search(text, at + len(prefix), end):
                    yield from _signature_glue().finditer(text, at + len(prefix), end)
            at = text.find(prefix, at + 1)


def _known_codes() -> frozenset[str]:
    from vnadmin.extract.numbers import known_code_upper  # the codes tables live with the number extractor

    return known_code_upper()


def _close_up_number(match: regex.Match) -> str:
    """Close up spaces inside a number; join a segment after a spaced hyphen only when it is a known code
    or the number so far has a type code and no issuer yet (``473/TTr -⏎NN&PTNT``), after a space alone only in
    the second case (``13/2025/TT BNNMT``)."""
    text = match.group(0)
    if " " not in text and "\t" not in text and "\n" not in text:
        return text  # nothing to close up (most numbers)
    head_end = _CODE.search(text, text.rfind("/") + 1).end()  # through the first code after the last "/"
    head = _BLANKS_AND_BREAKS.sub("", text[:head_end])
    known = _known_codes()
    out = [head]
    segments = [head.rsplit("/", 1)[-1]]
    pos = head_end
    for part in _NUMBER_PARTS.finditer(text, pos):
        separator, segment = part.group(1), part.group(2)
        only_type = len(segments) == 1 and segments[0].upper() in known and segment.isupper()
        if separator == " " and not only_type:  # a space for the hyphen: only after a type code alone ("TT BNNMT")
            break
        if separator.count("\n") > 1 and segment.upper() not in known:
            break  # over a blank line: a known code only
        if separator != "-":  # spaced or broken over a line
            # a hyphen that ends a line right after a segment goes on with a code in capitals ("BNG-⏎QLDA")
            wrapped = separator.startswith("-") and "\n" in separator and segment.isupper()
            if not (segment.upper() in known or only_type or wrapped):
                break
        out.append("-" + segment)
        segments.append(segment)
        pos = part.end()
    return "".join(out) + text[pos:]


def _close_up_party_number(match: regex.Match) -> str:
    code = match.group("type") or match.group("type2")
    if code.upper() not in _known_codes():
        return match.group(0)
    return _BLANKS_AND_BREAKS.sub("", match.group(0))


# --- the passes -------------------------------------------------------------------------------------------


def normalize(raw: str, ocr_spans: list[tuple[int, int]] | None = None) -> NormalizedText:
    """Normalize ``raw`` (already decoded text) and keep the way back to it. ``ocr_spans`` are the raw spans
    whose text came from OCR: only there are OCR misreadings repaired (text/ocr_repair.py)."""
    maps: list[EditMap] = []
    text = raw

    def apply(pattern: regex.Pattern, replace, matches=None) -> bool:
        """Substitute over the text (at ``matches``, those of the pattern found another way, when given), keeping
        the edit's offset map; whether anything changed."""
        nonlocal text
        text, edit_map = substitute(pattern, replace, text, matches)
        if edit_map is not None:
            maps.append(edit_map)
        return edit_map is not None

    if ocr_spans:
        _repair_ocr(raw, ocr_spans, apply)

    if "\\" in text and ("\\r\\n" in text or "\\n\\r" in text):  # one character is found much faster
        apply(_LITERAL_CRLF, "\n")
    if "\r" in text:
        apply(_CR, "\n")
    if any(char in text for char in _INVISIBLE_CHARS):
        apply(_INVISIBLE_PATTERN, "")
    if any(char in text for char in _ODD_SPACE_CHARS):
        text = _ODD_SPACES.sub(" ", text)  # same length: no map needed
    if _needs_composing(text):
        apply(_DECOMPOSED, _composed, _decomposed_runs(text))
        if not unicodedata.is_normalized("NFC", text):  # singletons (e.g. U+212B) outside base+mark runs
            apply(regex.compile(r"."), lambda m: unicodedata.normalize("NFC", m.group(0)))
    if "****" in text:  # before the tone marks' pass, which reads whole words ("HO****À")
        apply(_BOLD_REOPENED_IN_WORD, "")
    text = _TONE_PATTERN.sub(lambda m: _TONE_TABLE.get(m.group(0), m.group(0)), text)
    if any(chr(code) in text for code in _HOMOGLYPHS_EVERYWHERE):
        text = text.translate(_HOMOGLYPHS_EVERYWHERE)
    if "\u2013" in text or "\u2212" in text or "\u2012" in text:
        apply(_DASH_IN_CODE, "-")
    cyrillic = _ANY_CYRILLIC.search(text) is not None
    if cyrillic:
        text = _latinize_cyrillic_tokens(text)
    if "Người ký:" in text or "Ký bởi:" in text:
        apply(_SIGNING_STAMP, _nothing, _signing_stamps(text))
    if "CÔNG BÁO/" in text:
        # a pass a break of a run (pages of images, no text between: each match took the "\n" the next one needs)
        apply(_ANY_SPAN, _line_break, _gazette_page_breaks(text))
        while text.find("CÔNG BÁO/", 1) >= 0 and \
                apply(_GAZETTE_PAGE_BREAK, _line_break, _gazette_page_break_matches(text)):  # (one that opens it stays)
            pass
        apply(_ANY_SPAN, _blank_line, _table_page_breaks(text))
    if "+-" in text or "+:" in text or "+=" in text:
        apply(_GRID_TABLE, _grid_table_by_cells)
    if "--- --" in text:
        apply(_MULTILINE_TABLE, _multiline_table_by_cells)
    if "*" in text:
        if "*\n" in text:
            apply(_ITALIC_CELL_BREAKS, " ")
            apply(_ITALIC_WORD_BREAK, "")
        if "* *" in text:
            apply(_ITALIC_REOPENED, " ")
        apply(_EMPHASIS_INSIDE, _drop_emphasis_at_digit)
        apply(_EMPHASIS_AROUND_LETTERS, lambda m: m.group(2))
        if "ngày" in text or "ng*" in text:
            apply(_EMPHASIS_IN_DATE, _emphasis_out_of_date)
        if "**" in text:
            text = _BOLD_ACROSS_LINES.sub(_bold_on_one_line, text)
    if "ngày" in text:
        apply(_GLUED_NGAY, " ngày")
        if _has_glued_date_word(text):
            apply(_GLUED_DATE_WORD, lambda m: m.group() + " ")
    if "_" in text:
        if "_Số" in text or "_ Số" in text or "_SỐ" in text or "_ SỐ" in text:
            apply(_RULE_BEFORE_NUMBER_LINE, "\n")
        apply(_UNDERSCORE_IN_NUMBER, "-")
    if "//" in text:
        apply(_SLASH_TWICE_IN_NUMBER, "")
    if "|" in text and ("TM." in text or "KT." in text):  # the glued cells are tables' (below)
        apply(_signature_glue(), _line_break, _glue_in_signature_cells(text))
    for pattern, replace, anchor in ((_SPACED_NUMBER, _close_up_number, "/"),
                                     (_SPACED_PARTY_NUMBER, _close_up_party_number, "-")):
        apply(pattern, replace, matches_after_digits(pattern, text, anchor))
    if cyrillic and _ANY_CYRILLIC.search(text):
        # a code's Cyrillic letters on the line after its hyphen ("40/2026/NĐ-⏎СР": a token of Cyrillic alone until
        # the number was closed up) are looked at again, in the number they now end
        text = _latinize_cyrillic_tokens(text)
    return NormalizedText(text=text, raw=raw, maps=maps)


# A gazette's page break inside the text of a PDF: its running header ("CÔNG BÁO/Số 273/Ngày 14-05-2026") over or
# under the page's number, between blank lines. It cut sentences in two ("Luật Ban hành văn bản ⏎⏎CÔNG BÁO/... ⏎4 ⏎⏎
# quy phạm pháp luật số 64/2025/QH15", "ngày 21 tháng 10 ⏎...⏎ năm 2013"): one line break takes its place. The
# header at the text's start stays (the header reader skips it).
# The stamp of a digital signature a PDF's text layer holds ("Người ký: Cổng Thông tin điện tử Chính phủ⏎Email: …⏎Cơ
# quan: Văn phòng Chính phủ⏎Thời gian ký: 04.01.2024 16:24:40 +07:00"; "Ký bởi: CÔNG BÁO …⏎…⏎Ngày ký: 2026-06-26
# 13:48:23 +07:00"; 234 gazette texts): no words of the document, and where it falls at a page's foot it cut a
# mention from its date ("Nghị định số 120/2020/NĐ-CP ⏎[stamp]⏎[page break]⏎ngày 07 tháng 10 năm 2020"). Removed.
_SIGNING_STAMP = regex.compile(r"(?m)^[ \t]*(?:Người ký|Ký bởi):[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*(?:Thời gian ký|Ngày ký):"
                               r"[^\n]*\d\d:\d\d[^\n]*(?:\n|$)")
_STAMP_FIRST_WORDS = ("Người ký:", "Ký bởi:")


def _signing_stamps(text: str) -> list[regex.Match]:
    """``_SIGNING_STAMP.finditer(text)``, the pattern tried only at the start of a line whose first word is the
    stamp's (found with str.find), not at every position of the text (that scan took a tenth of the normalization of
    the real texts)."""
    starts = []
    for words in _STAMP_FIRST_WORDS:
        at = text.find(words)
        while at >= 0:
            line_start = _start_of_its_line(text, at)
            if line_start >= 0:
                starts.append(line_start)
            at = text.find(words, at + 1)
    found: list[regex.Match] = []
    for start in sorted(starts):
        match = _SIGNING_STAMP.match(text, start) if not found or start >= found[-1].end() else None
        if match:
            found.append(match)
    return found


def _start_of_its_line(text: str, at: int) -> int:
    """The start of the line ``at`` stands in, when only spaces or tabs stand before it there (the words at ``at``
    begin the line); else -1."""
    line_start = text.rfind("\n", 0, at) + 1
    return line_start if not text[line_start:at].strip(" \t") else -1


def _nothing(_: regex.Match) -> str:
    return ""


_GAZETTE_HEADER = r"CÔNG BÁO/Số[^\n]*"
_GAZETTE_PAGE_BREAK = regex.compile(
    r"\n(?:[ \t]*\n)*[ \t]*(?:"
    + _GAZETTE_HEADER + r"\n(?:[ \t]*\n)*[ \t]*(?P<page>\d{1,4})"  # the header, then the page's number (blank lines
    # between), which an annex's table page prints again under blank lines ("CÔNG BÁO/Số 233 + 234/… ⏎85 ⏎ ⏎ ⏎85 ⏎của
    # Bộ trưởng …": 18 gazette texts)
    + r"(?:[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P=page)(?=[ \t]*\n))?"
    + r"|CÔNG BÁO/Số[^\n]*?/Ngày[ \t]*[\d-]+[ \t]{2,}\d{1,4}"  # both on one line, the number after a run of spaces
    + r"|\d{1,4}[ \t]*\n[ \t]*" + _GAZETTE_HEADER  # the number over the header
    + r"|(?<=\n[ \t]*\n)[ \t]*\d{1,4}[ \t]*\n(?:[ \t]*\n)+[ \t]*" + _GAZETTE_HEADER  # (blank lines around the number)
    + r")[ \t]*\n(?:[ \t]*\n)*")

_GAZETTE_HEADER_WORDS = "CÔNG BÁO/Số"
_PAGE_FURNITURE_LINE = regex.compile(r"[ \t]*(?:\d{1,4}[ \t]*)?")  # a blank line or a page's number alone


def _gazette_page_break_matches(text: str) -> list[regex.Match]:
    """``_GAZETTE_PAGE_BREAK.finditer(text)``, the pattern searched only around each running header that begins its
    line (found with str.find), not tried at every position of the text: from the line break above the blank lines
    and page numbers over the header to the end of those under it, where every match that holds the header lies."""
    found: list[regex.Match] = []
    end = 0
    at = text.find(_GAZETTE_HEADER_WORDS)
    while at >= 0:
        line_start = _start_of_its_line(text, at)
        if line_start >= end:
            above = line_start
            while above > 0:
                line_above = text.rfind("\n", 0, above - 1) + 1
                if not _PAGE_FURNITURE_LINE.fullmatch(text, line_above, above - 1):
                    break
                above = line_above
            below = text.find("\n", at)
            while below >= 0:
                next_break = text.find("\n", below + 1)
                if not _PAGE_FURNITURE_LINE.fullmatch(text, below + 1, next_break if next_break >= 0 else len(text)):
                    break
                below = next_break
            window_end = below + 1 if below >= 0 else len(text)
            match = _GAZETTE_PAGE_BREAK.search(text, max(above - 1, end, 0), window_end)
            if match:
                found.append(match)
                end = match.end()
        at = text.find(_GAZETTE_HEADER_WORDS, max(at + 1, end))
    return found


# A table's page break in a gazette's annex: between blank lines the page's number printed twice ("64 ⏎64"), then
# what each of the table's pages repeats at its top: the annex's running title ("Danh mục VBQPPL còn hiệu lực"), the
# table's heading row ("TT ⏎Tên loại ⏎văn bản ⏎Số, ký hiệu; ngày, tháng, ⏎…⏎Ghi chú"). It cut cells in two ("Số
# 38/2015/TT-BLĐTBXH ⏎[page]⏎ngày 19/10/2015", "Thông tư số 42/2015/TT-⏎[page]⏎BLĐTBXH"): a blank line takes its
# place (a number or a date goes on over one; a name the other column's cell would go on with ends there). A page's
# number is one when the next or the one before is a few pages on (a table's own cells may repeat a figure: "2 ⏎2");
# the lines repeated, when three such pages at least (or both of two) begin with them.
_TABLE_PAGE_NUMBER = regex.compile(r"\n[ \t]*\n(?:[ \t]*\n)*[ \t]*(\d{1,4})[ \t]*\n[ \t]*\1[ \t]*(?:\n|$)")
_PAGE_TOP_LINES = 12  # the most lines a page's repeated top takes
_PAGES_APART = 4  # the most pages between two such breaks (the gazette's own breaks fall between)
_ANY_SPAN = regex.compile(r"(?s).+")


def _gazette_page_breaks(text: str) -> list[regex.Match]:
    """The gazette's page breaks in ``text``, each with the lines of a table's heading row its page repeats at its top
    ("CÔNG BÁO/… ⏎27 ⏎TT ⏎Mẫu giấy tờ ⏎Áp dụng giải quyết thủ tục ⏎hành chính ⏎trưởng Bộ Lao động …": a cell cut
    by the page goes on under the heading), when they hold a column label of such a row."""
    found = _gazette_page_break_matches(text)
    if len(found) < 2:
        return found
    tops = [_lines_from(text, m.end(), _PAGE_TOP_LINES) for m in found]
    ends = [end if _TABLE_HEADING_LABEL.search(text, m.end(), end) and not _OUTLINE_HEADING.search(text, m.end(), end)
            else m.end() for m, end in zip(found, _past_repeated_tops(found, tops))]
    return [_ANY_SPAN.match(text, m.start(), end) for m, end in zip(found, ends)]


# What makes lines a page repeats at its top a table's heading row, not a form's own header or lines of its text
# repeated on each of its pages ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ⏎Độc lập - …", "MỤC LỤC"): a column label of
# its own, the row's number ("TT", "STT", "Số TT") or code ("Mã số", "Mã hàng")
_TABLE_HEADING_LABEL = regex.compile(r"(?m)^[ \t]*(?:S[Tt][Tt]|TT|Số[ \t]+TT|Mã(?:[ \t]+(?:số|hàng))?)(?:[ \t]|$)")
# (and no part of a text's outline: "B. QUY ĐỊNH CỤ THỂ ⏎I. ĐỊNH MỨC LAO ĐỘNG ⏎STT …" opens each occupation's norms)
_OUTLINE_HEADING = regex.compile(r"(?m)^[ \t]*(?:[A-Z]|[IVX]+)\.[ \t]")


def _past_repeated_tops(breaks: list[regex.Match], tops: list[list[tuple[tuple[str, ...], int]]]) -> list[int]:
    """For each break, the offset past the lines its page repeats at its top (its own end when none): those that
    three pages at least (or both of two) begin with."""
    shared: dict[tuple[str, ...], int] = {}  # how many pages begin with these lines
    for top in tops:
        for prefix, _ in top:
            shared[prefix] = shared.get(prefix, 0) + 1
    least = min(3, len(breaks))
    ends = []
    for m, top in zip(breaks, tops):
        end = m.end()
        for prefix, after in top:
            if shared[prefix] < least:
                break
            end = after
        ends.append(end)
    return ends


def _table_page_breaks(text: str) -> list[regex.Match]:
    """The spans of the table page breaks in ``text``, each with the lines its page repeats at its top."""
    found = list(_TABLE_PAGE_NUMBER.finditer(text))
    if len(found) < 2:
        return []
    pages = [int(m.group(1)) for m in found]
    kept = [m for i, m in enumerate(found)
            if i > 0 and 0 < pages[i] - pages[i - 1] <= _PAGES_APART
            or i + 1 < len(found) and 0 < pages[i + 1] - pages[i] <= _PAGES_APART]
    if len(kept) < 2:
        return []
    tops = [_lines_from(text, m.end(), _PAGE_TOP_LINES) for m in kept]
    return [_ANY_SPAN.match(text, m.start(), end) for m, end in zip(kept, _past_repeated_tops(kept, tops))]


def _lines_from(text: str, pos: int, most: int) -> list[tuple[tuple[str, ...], int]]:
    """The first lines from ``pos`` (``most`` of them at most), stripped: for each, the lines up to it and the offset
    past its line break."""
    lines: list[str] = []
    out = []
    end = text.find("\n", pos)
    while end >= 0 and len(lines) < most:
        lines.append(text[pos:end].strip())
        pos = end + 1
        out.append((tuple(lines), pos))
        end = text.find("\n", pos)
    return out


# A Markdown grid table (pandoc's): "+---+---+" borders, rows of "| cell | cell |" lines whose cells go on over
# several lines. Converters put the signature block in one ("Nơi nhận" on the left, the signer on the right).
_GRID_BORDER = r"\+(?:[-=:]+\+)+[ \t]*"
_GRID_TABLE = regex.compile(r"(?m)^" + _GRID_BORDER + r"\n(?:\|.*\|[ \t]*\n|" + _GRID_BORDER + r"(?:\n|$))+")


def _write_cells(row: list[list[str]], out: list[str]) -> None:
    """A table row's cells in turn: each one's lines, and a blank line after each cell that holds any."""
    for cell in row:
        kept = [line for line in cell if line]
        if kept:
            out.extend(kept)
            out.append("")


def _grid_table_by_cells(match: regex.Match) -> str:
    """The table's text cell by cell, as a reader of a DOCX table gives it: each row's cells in turn, each cell's
    lines as lines (a Markdown hard line break "\\" ending one stays: it keeps the bold pass from joining them); a
    blank line after each cell.
    A table whose rows do not keep to its borders' columns is left as it is."""
    lines = match.group(0).split("\n")
    out: list[str] = []
    columns: list[int] = []
    row: list[list[str]] = []

    def flush() -> None:
        _write_cells(row, out)
        row.clear()

    for line in lines:
        body = line.rstrip()
        if body.startswith("+"):
            flush()
            columns = [i for i, char in enumerate(body) if char == "+"]
            continue
        if not body:
            continue
        if len(body) != columns[-1] + 1 or any(body[i] != "|" for i in columns):
            return match.group(0)
        if not row:
            row.extend([] for _ in columns[1:])
        for cell, (left, right) in zip(row, zip(columns, columns[1:])):
            text = body[left + 1:right].strip()
            cell.append(text)
    flush()
    return "\n".join(out) + ("\n" if match.group(0).endswith("\n") else "")


# A Markdown multiline table (pandoc's): a line of dashes per column, rows of lines whose cells stand side by side
# in the dashes' columns, a blank line between rows, a line of dashes to end it. The header and the signature block
# of the converted resolutions of dvhcvn_md are laid out so.
_DASH_RULE = r"[ \t]*-{3,}(?:[ \t]+-{3,})+[ \t]*"
_MULTILINE_TABLE = regex.compile(r"(?m)^" + _DASH_RULE + r"\n(?:(?!" + _DASH_RULE + r"$).*\n){1,60}?" + _DASH_RULE + r"$")
_DASH_RUN = regex.compile(r"-{3,}")


def _multiline_table_by_cells(match: regex.Match) -> str:
    """The table's text cell by cell, as _grid_table_by_cells gives a grid table's: a row's cells in turn, its
    columns where the first line's dashes stand. A table with text across a column's edge is left as it is."""
    lines = match.group(0).split("\n")
    starts = [run.start() for run in _DASH_RUN.finditer(lines[0])]
    edges = [*starts[1:], None]
    body = lines[1:-1]
    if any(len(line) > edge and not line[edge - 1].isspace() for line in body for edge in starts[1:]):
        return match.group(0)
    out: list[str] = []
    row: list[list[str]] = [[] for _ in starts]

    def flush() -> None:
        _write_cells(row, out)
        for cell in row:
            cell.clear()

    for line in body:
        if not line.strip():
            flush()
            continue
        for cell, left, right in zip(row, starts, edges):
            cell.append(line[left:right].strip() if left == starts[0] else line[left - 1:right].strip())
    flush()
    return "\n".join([lines[0], *out, lines[-1]])


def _repair_ocr(raw: str, spans: list[tuple[int, int]], apply) -> None:
    """The OCR repairs run first, on the raw offsets, each edit only inside an OCR span."""
    from vnadmin.text import ocr_repair

    starts = [start for start, _ in spans]

    def inside(match: regex.Match) -> bool:
        i = bisect.bisect_right(starts, match.start()) - 1
        return i >= 0 and match.end() <= spans[i][1]

    def only_inside(repair):
        return lambda match: repair(match) if inside(match) else match.group(0)

    # each pass sees the previous one's output: offsets move only where an edit changed the length, and the
    # repairs keep lengths (digits for letters, one code for another of the same length or one more letter)
    for pattern, repair in ((ocr_repair.DIGITISH, ocr_repair.digitish), (ocr_repair.word_pattern(), ocr_repair.word),
                            (ocr_repair.phrase_pattern(), ocr_repair.phrase)):
        apply(pattern, only_inside(repair))
    apply(ocr_repair.code_pattern(), only_inside(ocr_repair.code))


def _latinize_cyrillic_tokens(text: str) -> str:
    """Every token (a run of letters, digits, "/", "&", "-") that holds a Cyrillic character and a Latin letter, a
    digit or a "/" with its Cyrillic look-alikes made Latin ("40/2026/NĐ-СР"). Each token is found from its Cyrillic
    character, read back and forth to its ends once (a pattern tried at every position of a long token read it to
    its end from each: quadratic)."""
    pieces, done = [], 0
    for cyrillic in _ANY_CYRILLIC.finditer(text):
        if cyrillic.start() < done:
            continue  # inside the token just read
        start = _TOKEN_BEFORE.match(text, done, cyrillic.start()).start()
        end = _TOKEN_AFTER.match(text, cyrillic.end()).end()
        if _TOKEN_CHAR.match(text, cyrillic.start()) and _ANY_CYRILLIC.match(text, end) and \
                not _TOKEN_CHAR.match(text, end):
            end = _TOKEN_AFTER.match(text, end + 1).end()  # a Cyrillic mark after the token (U+0483) joins the next
        token = text[start:end]
        pieces += [text[done:start], token.translate(_HOMOGLYPHS_MIXED) if _LATIN_IN_TOKEN.search(token) else token]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


_LATIN_IN_TOKEN = regex.compile(r"[A-Za-z\d/]")


# Every character str.isspace() calls a space, which str.split() splits at (all of Unicode's White_Space, which the
# regex module's \s matches, and U+001C..U+001F): what collapse_spaces takes away
SPACE_CHARS = "".join(chr(code) for code in range(0x3001) if chr(code).isspace())


def collapse_spaces(text: str) -> str:
    """One space for every run of whitespace (line breaks included), stripped: for values shown to people."""
    # Every whitespace character but the ASCII space is unprintable (a separator or a control): a printable text
    # without two spaces in a row or at either end is its own result, found without splitting it into words.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def strip_markup(text: str) -> str:
    """Remove Markdown emphasis and table markers that converters leave around header values; emphasis inside a
    word ("Nguyễn Ho**àng Long**") goes without a space."""
    if "*" in text or "|" in text or "\\" in text:  # every marker holds one of these: most lines hold none
        if "*" in text:
            text = _EMPHASIS_IN_WORD.sub("", text)
        text = _MARKUP.sub(" ", text)
    return collapse_spaces(text)


# emphasis, a table's cell border, a backslash escaping a mark ("\\-") or ending a line (Markdown's hard line break)
_EMPHASIS_IN_WORD = regex.compile(r"(?<=\p{L})\*{1,4}(?=\p{Ll})")  # "V****ề việc": closed and opened again
_MARKUP = regex.compile(r"\*{1,3}|(?<!\S)\|(?!\S)|\\(?=[.\-*_\s]|$)")


__all__ = ["NormalizedText", "EditMap", "normalize", "substitute", "collapse_spaces", "strip_markup"]
