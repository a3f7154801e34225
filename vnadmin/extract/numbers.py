"""Document numbers ("số, ký hiệu"): finding them, taking them apart, writing them one canonical way.

Forms (Nghị định 30/2020/NĐ-CP and the legal-normative forms):

- individual document      ``3457/BC-UBND``   sequence / type code - issuer code
- công văn (no type code)  ``123/UBND-VP``    sequence / issuer code - drafting unit
- legal normative          ``09/2017/NĐ-CP``  sequence / year / type code - issuer code; laws ``80/2015/QH13``
- party documents          ``37-CT/TW``       sequence - type code / issuer
- numbers of the 1990s     ``12/CP``          sequence / issuer code alone (a few codes: data/bare_issuer_codes.txt)
- court judgments          ``43/DSPT``        sequence / case code alone (data/court_case_codes.txt)
- normative, damaged       ``255/2025-NĐ-CP`` the slash after the year typed as a hyphen or left out
                                              (49/2025TT-BCT, 144/2025QH15): read as 255/2025/NĐ-CP
- numbers of the 1970s-80s ``206-CP``         sequence - issuer code, no slash: read after kind words only, by
                                              citations.find_hyphenated_old_numbers (NUMBER_RE needs a "/")

The code tables (type and issuer codes, with their official mixed case: TTg, TTr, QyĐ, CTr) are data files.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from vnadmin.resources import tsv_rows, word_list

PACKAGE = "vnadmin.extract"


@cache
def _bare_issuer_codes() -> tuple[str, ...]:
    return tuple(word_list(PACKAGE, "bare_issuer_codes.txt"))


def _assembly_body_codes() -> list[str]:
    """The term codes of data/term_issuer_codes.txt that are no committee ("UB...") and not the Assembly's own."""
    return [code for code in word_list(PACKAGE, "term_issuer_codes.txt") if not code.startswith(("UB", "QH"))]


# One code segment: starts with a capital letter, holds letters, digits and "&" (BNN&PTNT, QH13, TTg).
SEG = r"\p{Lu}[\p{L}\d&]*"
_BOUNDARY_BEFORE = r"(?:(?<=[sS][ốỐ])|(?<![\p{L}\d/.\-]))"  # "số357/TTr-CP" glued by a converter
_BOUNDARY_AFTER = r"(?![\p{L}\d&]|/\p{L}|-\p{Lu})"

NUMBER_PATTERN = (
    _BOUNDARY_BEFORE
    + r"(?:"
    # legal normative: 09/2017/NĐ-CP, 80/2015/QH13, 55/2005/TTLT-BNV-VPCP, 66.13/2026/NQ-CP
    # (a joint circular's or resolution's codes also after a "/": 88/2016/TTLT/BTC-BTNMT, written 88/2016/TTLT-BTC-BTNMT)
    # (an Assembly's term after a hyphen, "54/2014/QH-13", is read as QH13)
    + r"(?P<seq>\d{1,5}(?:\.\d{1,3})?[a-z]?)/(?P<year>(?:19|20)\d{2})/(?P<code>(?:TTLT/|NQLT/)?" + SEG + r"(?:-" + SEG + r")*"
    + r"(?:(?<=QH)-\d{1,2}(?!\d))?)"
    # party documents: 37-CT/TW, 05-NQ/TW, 123-TB/VPTW (a year after is a form's code: "Mẫu số 01-ĐĐN/SHTT/2020,
    # 05-TT/SHTT/2020")
    + r"|(?P<pseq>\d{1,5})-(?P<ptype>" + SEG + r")/(?P<pcode>" + SEG + r"(?:-" + SEG + r")*)(?!/\d)"
    # individual documents and công văn: 407/QĐ-TTg, 3360/STTTT-TTBCXB (at least one hyphen)
    + r"|(?P<iseq>\d{1,6}[a-z]?)/(?P<icode>" + SEG + r"(?:-" + SEG + r")+)"
    # numbers of the 1990s with an issuer code alone: 12/CP, 118/TTg, 169/HĐBT (data/bare_issuer_codes.txt)
    # and the National Assembly's bodies, which number their letters with the term's code alone: "Nghị quyết số
    # 95/UBTVQH15", "Văn bản số 702/UBQPANĐN15" (a committee's code begins with "UB"; the others are listed in
    # data/term_issuer_codes.txt; "UBND" is a people's committee, which has no term)
    + r"|(?P<bseq>\d{1,5})/(?P<bcode>" + "|".join(_bare_issuer_codes())
    + r"|(?:UB(?!ND\d)\p{Lu}{2,10}|" + "|".join(_assembly_body_codes()) + r")1\d)"
    # court judgments of old: 43/DSPT, 12/HSST (data/court_case_codes.txt)
    + r"|(?P<cseq>\d{1,5})/(?P<ccode>" + "|".join(word_list(PACKAGE, "court_case_codes.txt")) + r")"
    # legal normative typed without the slash after the year: 255/2025-NĐ-CP, 49/2025TT-BCT, 144/2025QH15 (read as
    # 255/2025/NĐ-CP ...); a code of one segment only when it is the Assembly's (03/2026-BCT may be anything), which
    # may also stand after a space ("45/2024 QH15")
    + r"|(?P<dseq>\d{1,5})/(?P<dyear>(?:19|20)\d{2})(?:-|[ ](?=(?:UBTV)?QH\d))?(?P<dcode>" + SEG + r"(?:-" + SEG + r")+|(?:UBTV)?QH\d{1,2})"
    + r")"
    + _BOUNDARY_AFTER
)
NUMBER_RE = regex.compile(NUMBER_PATTERN)

# What a number is made of: letters, digits, "&", "/", "-" and "." (66.13/2026/NQ-CP). Every number holds a "/", so the text is not scanned
# with NUMBER_RE from end to end: only the run of these characters around each "/" is.
_RUN_BEFORE = regex.compile(r"[\p{L}\d&/.\-]*", regex.REVERSE)
_RUN_AFTER = regex.compile(r"[\p{L}\d&/.\-]*")


_ASSEMBLY_AFTER_SPACE = (" QH", " UBTVQH")


def iter_numbers(text: str):
    """The matches of ``NUMBER_RE.finditer(text)``, found around each "/" (str.find) instead of by trying the
    pattern at every position: about three times faster on real texts.

    A match consumes only characters of the run around its first "/", so the leftmost match at or after
    ``pos`` is the leftmost match inside the first run, from ``pos`` on, that holds one; the pattern's
    lookahead reads at most two characters past the run's end and its lookbehind sees before the search start.
    """
    size = len(text)
    pos = 0
    slash = text.find("/")
    while slash >= 0:
        end = _RUN_AFTER.match(text, slash).end()
        # Every form holds letters after its first "/", which is this one or one after it (the run before it, from
        # pos on, holds no "/"): without letters after it (a date, a fraction), the run holds no number.
        if text[slash + 1:end].replace("/", "").replace("-", "").replace(".", "").isdecimal():
            if not text.startswith(_ASSEMBLY_AFTER_SPACE, end):
                slash = text.find("/", end)
                continue
            end = _RUN_AFTER.match(text, end + 1).end()  # "45/2024 QH15": the Assembly's code after a space
        start = _RUN_BEFORE.match(text, pos, slash).start()
        match = NUMBER_RE.search(text, start, min(size, end + 2))
        if match:
            yield match
            pos = match.end()
            slash = text.find("/", pos)
        else:
            slash = text.find("/", end)


# A normative number typed without its type code and the slash after its year ("Số: 03/2026-BCT", a web copy's of
# 03/2026/TT-BCT): NUMBER_RE leaves it out, for in running text it may be anything; a header's number line, where
# nothing else stands, reads it as printed when its code is an issuer's.
_YEAR_THEN_ISSUER = regex.compile(r"(?P<seq>\d{1,5})/(?P<year>(?:19|20)\d{2})-(?P<code>" + SEG + r")" + _BOUNDARY_AFTER)


def year_then_issuer_number(text: str, pos: int) -> tuple[regex.Match, "ParsedNumber"] | None:
    """The number "N/YYYY-CODE" at ``pos`` with its parts, when CODE is an issuer code (issuer_codes.tsv)."""
    match = _YEAR_THEN_ISSUER.match(text, pos)
    entry = issuer_codes().get(match.group("code").upper()) if match else None
    if entry is None:
        return None
    seq, year, code = match.group("seq"), match.group("year"), entry[0]
    return match, ParsedNumber(f"{seq}/{year}-{code}", _seq(seq), int(year), None, code, None, "normative")


# A web address, or a word of one wrapped onto its own line: a link to a portal's copy of a text, whose query holds
# the number percent-encoded ("https://vbpl.vn/…/vbpq-toanvan.aspx?ItemID=57544&Keyword=⏎
# S%E1%BB%91%2031/2015/N%C4%90-CP": "%20" the space, "31/2015/N" no number of the text's own)
_PERCENT_ESCAPE = regex.compile(r"%[0-9A-Fa-f]{2}")
# the word's characters before and after a position (no space, line break or tab): read to the word's ends only (a
# str.rfind of each white character would read back to the text's start when the text holds none of it)
_WORD_BEFORE = regex.compile(r"[^ \n\t]*", regex.REVERSE)
_WORD_AFTER = regex.compile(r"[^ \n\t]*")


def may_hold_web_addresses(text: str) -> bool:
    """Whether ``in_web_address`` can be true anywhere in ``text`` (a test once per text spares most texts the look)."""
    return "%" in text or "://" in text or "www." in text


WEB_REACH = 1000  # characters of the word read on each side of a number: a run without spaces of many numbers
# (a table's cell or a PDF's line that lost its spaces) was read whole for each of its numbers, a quadratic pass


def in_web_address(text: str, pos: int) -> bool:
    """Whether the word (a run between spaces) around ``pos`` is a web address or a percent-encoded part of one
    (within WEB_REACH characters of ``pos``)."""
    word = text[_WORD_BEFORE.match(text, max(0, pos - WEB_REACH), pos).start():
                _WORD_AFTER.match(text, pos, pos + WEB_REACH).end()]
    return "://" in word or word.startswith("www.") or _PERCENT_ESCAPE.search(word) is not None


@dataclass(frozen=True)
class ParsedNumber:
    number: str
    seq: int | None
    year: int | None
    type_code: str | None
    issuer_code: str | None
    unit_code: str | None
    form: str  # normative | individual | party | cong_van | bare (12/CP) | court (43/DSPT)

    @property
    def is_normative(self) -> bool:
        return self.year is not None


@cache
def type_codes() -> dict[str, tuple[str, str]]:
    """Upper-cased type code → (canonical code, kind)."""
    table: dict[str, tuple[str, str]] = {}
    for code, kind, _title, _status in tsv_rows(PACKAGE, "type_codes.tsv"):
        if code:  # a title without a code of its own (HIẾN PHÁP) is only a title
            table.setdefault(code.upper(), (code, kind))
    return table


@cache
def issuer_codes() -> dict[str, tuple[str, str]]:
    """Upper-cased issuer code → (canonical code, body name)."""
    table: dict[str, tuple[str, str]] = {}
    for row in tsv_rows(PACKAGE, "issuer_codes.tsv"):
        table.setdefault(row[0].upper(), (row[0], row[1]))
    return table


@cache
def type_titles() -> dict[str, tuple[str, str]]:
    """Title line (upper case) → (type code, kind)."""
    return {title: (code, kind) for code, kind, title, _status in tsv_rows(PACKAGE, "type_codes.tsv")}


@cache
def known_code_upper() -> frozenset[str]:
    return frozenset(type_codes()) | frozenset(issuer_codes())


_TERM_NUMBER = regex.compile(r"(\D+?)(\d+)$")
_DIGITS = regex.compile(r"\d+")
_TRAILING_DIGITS = regex.compile(r"\d+$")


@cache
def canonical_code(segment: str) -> str:
    """The official spelling of a code segment: QĐ-TTG → TTg; unknown codes are kept as written."""
    upper = segment.upper()
    if upper in type_codes():
        return type_codes()[upper][0]
    if upper in issuer_codes():
        return issuer_codes()[upper][0]
    # issuer codes with a term number: QH15, UBTVQH15
    stem = _TERM_NUMBER.match(upper)
    if stem and stem.group(1) in issuer_codes():
        return issuer_codes()[stem.group(1)][0] + stem.group(2)
    return segment


def _seq(text: str) -> int | None:
    digits = _DIGITS.match(text)
    return int(digits.group(0)) if digits else None


# Words a converter glued to the number before them ("35/2025/QĐ-TTgcủa Thủ tướng", "21/2025/ĐA-CPngày 09 ..."); after
# a code that ends with a digit, any word ("118/2025/QH15như sau")
GLUED_WORDS = ("của", "ngày")


def without_glued_word(match: regex.Match) -> regex.Match | None:
    """A match of NUMBER_RE that ends with a word glued to the number, matched again without it; None when it does
    not end so or reads as no number without it."""
    text, end = match.string, match.end()
    for word in GLUED_WORDS:
        if text.endswith(word, match.start(), end):
            return NUMBER_RE.match(text, match.start(), end - len(word))
    glued = _SMALL_LETTERS_AFTER_DIGIT.search(text, match.start(), end)  # any word after a code's digits: "QH15như"
    return NUMBER_RE.match(text, match.start(), glued.start()) if glued else None


_SMALL_LETTERS_AFTER_DIGIT = regex.compile(r"(?<=\d)\p{Ll}+$")


def parse_number(match: regex.Match) -> ParsedNumber | None:
    """Take apart a match of NUMBER_RE; None when the codes are not plausible (lower-case words, etc.)."""
    return _parse_number_text(match.group(0))


@lru_cache(maxsize=8192)
def _parse_number_text(text: str) -> ParsedNumber | None:
    match = NUMBER_RE.fullmatch(text)
    if match.group("dseq"):
        return _parse_number_text(f"{match.group('dseq')}/{match.group('dyear')}/{match.group('dcode')}")
    if match.group("year"):
        code = match.group("code").replace("/", "-").replace("QH-", "QH")
        segments = _split_glued_code(code) or [canonical_code(s) for s in code.split("-")]
        if not all(_plausible(s) for s in segments):
            return None
        segments[0] = _typed_without_marks(segments[0])  # "215/2025/ND-CP"
        segments[-1] = _without_footnote_digits(segments[-1])  # "09/2026/NĐ-CP4"
        type_code = segments[0] if segments[0].upper() in type_codes() else None
        rest = segments[1:] if type_code else segments
        number = f"{match.group('seq')}/{match.group('year')}/{'-'.join(segments)}"
        return ParsedNumber(number, _seq(match.group("seq")), int(match.group("year")), type_code,
                            "-".join(rest) or None, None, "normative")
    if match.group("pseq"):
        ptype = canonical_code(match.group("ptype"))
        segments = [canonical_code(s) for s in match.group("pcode").split("-")]
        if len(ptype) < 2 or not _plausible(ptype) or not all(_plausible(s) for s in segments):
            return None  # (a letter alone is a statistical report's period: "biểu 0806-N/BTNMT", yearly)
        segments[-1] = _without_footnote_digits(segments[-1])  # "66-NQ/TW1"
        number = f"{match.group('pseq')}-{ptype}/{'-'.join(segments)}"
        return ParsedNumber(number, _seq(match.group("pseq")), None, ptype, "-".join(segments), None, "party")
    if match.group("bseq"):
        code = canonical_code(match.group("bcode"))
        number, seq = f"{match.group('bseq')}/{code}", _seq(match.group("bseq"))
        if code.upper() in type_codes():  # "11/TTLB": a type code alone
            return ParsedNumber(number, seq, None, code, None, None, "bare")
        # a letter of an Assembly's body ("702/UBQPANĐN15") has a công văn's form: sequence / issuer code
        form = "bare" if code in _bare_issuer_codes() else "cong_van"
        return ParsedNumber(number, seq, None, None, code, None, form)
    if match.group("cseq"):  # a case code: no type nor issuer code of Nghị định 30/2020
        return ParsedNumber(f"{match.group('cseq')}/{match.group('ccode')}", _seq(match.group("cseq")), None, None,
                            None, None, "court")
    segments = [canonical_code(s) for s in match.group("icode").split("-")]
    if not all(_plausible(s) for s in segments):
        return None
    segments[0] = _typed_without_marks(segments[0])  # "12/QD-UBND"
    segments[-1] = _without_footnote_digits(segments[-1])  # "140/NQ-CP2"
    number = f"{match.group('iseq')}/{'-'.join(segments)}"
    if segments[0].upper() in type_codes():
        return ParsedNumber(number, _seq(match.group("iseq")), None, segments[0], segments[1] if len(segments) > 1 else None,
                            "-".join(segments[2:]) or None, "individual")
    return ParsedNumber(number, _seq(match.group("iseq")), None, None, segments[0], "-".join(segments[1:]) or None,
                        "cong_van")


def _typed_without_marks(segment: str) -> str:
    """A type code typed without its Vietnamese letter ("ND" for NĐ, "QD" for QĐ: data/type_codes_typed_plain.tsv),
    in the type code's place only (a unit's code "ND" after "UBND-" is another)."""
    if segment.upper() in type_codes():
        return segment
    meant = _plain_type_codes().get(segment.upper())
    return canonical_code(meant) if meant else segment


@cache
def _plain_type_codes() -> dict[str, str]:
    return {plain.upper(): meant for plain, meant in tsv_rows(PACKAGE, "type_codes_typed_plain.tsv")}


def _without_footnote_digits(segment: str) -> str:
    """A number's last code without the footnote's mark a PDF or a web page glued to it ("CP2" in "140/NQ-CP2", "TW1"
    in "66-NQ/TW1"): one or two digits after a known code that takes no term number. The National Assembly and its
    committees number their terms ("QH15", "UBTVQH15", "UBPLTP15", "HĐNN7": data/term_issuer_codes.txt)."""
    stem = segment.rstrip("0123456789")
    if stem == segment or len(segment) - len(stem) > 2 or stem.upper() not in known_code_upper() or \
            stem.upper() in term_issuer_codes() or stem.upper().startswith("UB"):
        return segment
    return canonical_code(stem)


@cache
def term_issuer_codes() -> frozenset[str]:
    return frozenset(code.upper() for code in word_list(PACKAGE, "term_issuer_codes.txt"))


def _split_glued_code(code: str) -> list[str] | None:
    """A type code and an issuer code written without their hyphen ("92/2017/NĐCP"): both, canonical; None when
    the code holds a hyphen, is known as it is, or splits into no known pair."""
    if "-" in code or code.upper() in known_code_upper():
        return None
    for cut in range(1, len(code)):
        head, tail = code[:cut].upper(), canonical_code(code[cut:])
        stem = _TRAILING_DIGITS.sub("", tail).upper()
        if head in type_codes() and (tail.upper() in issuer_codes() or stem in issuer_codes()):
            return [type_codes()[head][0], tail]
    return None


def _plausible(segment: str) -> bool:
    """A code is upper case with at most a few lower-case letters (TTg, QyĐ, CTr), never a word (Ban, Huế)."""
    lower = sum(1 for c in segment if c.islower())
    upper = sum(1 for c in segment if c.isupper())
    if lower == 0:
        return True
    if lower <= 2 and segment.upper() in known_code_upper():
        return True  # TTg, TTr, QyĐ, CTr
    return upper >= 3 and lower <= 2  # unit codes such as SoNNMT, BSGBTr


def normalize_number(text: str) -> str | None:
    """The canonical form of a number written anywhere (gold files, user input): None if it is not one."""
    from vnadmin.text.normalize import normalize

    cleaned = normalize(text.strip()).text
    cleaned = regex.sub(r"\s+", "", cleaned)
    match = NUMBER_RE.fullmatch(cleaned) or NUMBER_RE.search(cleaned)
    if not match:
        return None
    parsed = parse_number(match)
    return parsed.number if parsed else None


def kind_of_type_code(type_code: str | None) -> str | None:
    if not type_code:
        return None
    entry = type_codes().get(type_code.upper())
    return entry[1] if entry else None


def issuer_of_code(issuer_code: str | None) -> str | None:
    """The body a national issuer code names (CP → Chính phủ, QH15 → Quốc hội); None for local codes."""
    if not issuer_code:
        return None
    first = issuer_code.split("-")[0]
    stem = _TRAILING_DIGITS.sub("", first).upper()
    entry = issuer_codes().get(stem)
    if not entry or stem in _local_codes():
        return None
    return entry[1]


@cache
def _local_codes() -> frozenset[str]:
    return frozenset(row[0].upper() for row in tsv_rows(PACKAGE, "issuer_codes.tsv") if row[4:5] == ("local",))
