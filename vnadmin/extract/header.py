"""The header and the signature block, per the layout of Nghị định 30/2020/NĐ-CP (Điều 8, Phụ lục I).

Top of the document: issuer block (with its parent body when there are two), Quốc hiệu and Tiêu ngữ, "Số: ...",
"<place>, ngày .. tháng .. năm ....", the title line (QUYẾT ĐỊNH, BÁO CÁO ...) and the trích yếu; a công văn
has no title line, a number without type code and a "V/v ..." subject. End of the document: "Nơi nhận" and
the signature block (TM./KT./TL./TUQ./Q. lines, the title, the signer's name).

The layouts met in archives are all read the same way: plain lines, two-column tables flattened by a converter
into TAB-separated cells or "|" rows with Markdown emphasis, and PDF text with running headers.
"""
from __future__ import annotations

from functools import cache

import regex

from vnadmin.extract.dates import DAY_WORDS, FULL_DATE_AT_START, date_from_match
from vnadmin.extract.numbers import (NUMBER_RE, SEG, known_code_upper, parse_number, type_codes, type_titles,
                                     year_then_issuer_number)
from vnadmin.model import DateMention, Header, Signature
from vnadmin.resources import word_list
from vnadmin.text.normalize import SPACE_CHARS, collapse_spaces, strip_markup

PACKAGE = "vnadmin.extract"
HEAD_CHARS = 3500
TAIL_CHARS = 5000

_SP = r"[\s*_\\]+"  # spaces, line breaks and Markdown emphasis between the words of a fixed phrase
# the national motto; its first word's vowel and its sixth word are taken as written ("CỌNG HÒA", an OCR misreading;
# "CHỦ NCHĨA", a typing error in a ministry's header)
QUOC_HIEU = regex.compile(r"C\p{L}NG" + _SP + _SP.join("HÒA XÃ HỘI CHỦ".split()) + _SP + r"\p{L}+" + _SP + "VIỆT" + _SP
                          + "NAM", regex.IGNORECASE)
TIEU_NGU = regex.compile(r"Độc" + _SP + r"lập[\s*]*[-–]+[\s*]*Tự" + _SP + r"do[\s*]*[-–]+[\s*]*Hạnh" + _SP + r"phúc",
                         regex.IGNORECASE)
PARTY_MOTTO = regex.compile(_SP.join("ĐẢNG CỘNG SẢN VIỆT NAM".split()))

# a table's rule may open the line ("------------------ Số: 1661/NQ-UBTVQH15 | CỘNG HÒA ..."); a label in lower case
# without a colon ("số", "Luật số") is told from a sentence wrapped before its number by _find_number
# (the blanks before "Số" bounded: a long run of tabs or "*" was read to its end from each of its positions)
NUMBER_LINE = regex.compile(
    r"(?:^|(?<=[\n\t|*]))(?:[ \t]{0,400}-{3,})?[ \t*|]{0,400}"
    r"(?:Số|SỐ|(?P<lower>số|Luật\s+số|Bộ\s+luật\s+số|Nghị\s+quyết\s+số"
    r"|Pháp\s+lệnh\s+số)|LUẬT\s+SỐ|BỘ\s+LUẬT\s+SỐ|Số\s+hiệu|ÁN\s+LỆ\s+SỐ|Án\s+lệ\s+số)"
    r"(?P<colon>[ \t*]*[:.]?)[\s*]*(?=\d)"
)
# the comma between the place and its date; the date may be left blank to be filled in ("Hà Nội, ngày    tháng   năm
# 2026": a gazette prints what was signed before the day was written in)
PLACE_DATE = regex.compile(r",[ \t*]*\n?[ \t*]*(?=ngày(?:[\s*]+\d|[\s.…_]+tháng))", regex.IGNORECASE)
_BLANK_DATE = regex.compile(r"ngày[\s.…_]+tháng[\s.…_]+năm\b", regex.IGNORECASE)
_PLACE_WORD = r"(?:\p{Lu}[\p{L}.'’]*(?:-\p{Lu}[\p{L}.]*)*)"
PLACE_BEFORE = regex.compile(  # capitalized words; "phố", "xã", "trấn" inside ("Thành phố Hồ Chí Minh")
    _PLACE_WORD + r"(?:[ \t]*\n?[ \t]*(?:-[ \t]*)?(?:" + _PLACE_WORD + r"|phố|xã|trấn))*$"
)
# What no place can hold (another character, or a blank line: words are at most one line break apart), searched
# from the end: PLACE_BEFORE is tried after it only (its words can split an upper-case run in many ways, which
# costs backtracking at each start tried).
_NOT_IN_PLACE = regex.compile(r"(?:[^\p{L}.'’\- \t\n]|\n[ \t]*\n|^)", regex.REVERSE)
DASH_LINE = regex.compile(r"^[\s*|]*[-_–—=.]{3,}[\s*|]*$")
_SUBJECT_CV_ABBREVIATIONS = frozenset(("V/v", "V/V", "v/v"))
_SUBJECT_CV_WORDS_SPELLED = ("Về việc", "VỀ VIỆC")
_SUBJECT_CV_WORDS = (*sorted(_SUBJECT_CV_ABBREVIATIONS), *_SUBJECT_CV_WORDS_SPELLED)
SUBJECT_CV = regex.compile(  # literal first, line start checked behind: four times faster to scan for
    r"(?<=(?:^|[\n\t|])[ \t*]*)(?P<subject>(?:" + "|".join(map(regex.escape, _SUBJECT_CV_WORDS)) + r")\b[^\n\t|]*)")
# "Q." (quyền) is also "Quận" in an address ("Q. Long Biên, TP. Hà Nội" in an annex's table): a "Q." line is an
# authority only in capitals; a party's documents write "T/M", "K/T", "T/L" ("T/M BAN CHẤP HÀNH TRUNG ƯƠNG")
# ("K.T THỐNG ĐỐC": the dots between the letters, the last one left out)
_DOTTED_PREFIX = r"(?:(?:TM|KT|TL|TUQ|T\.M|K\.T)\.|(?:T\.M|K\.T)(?=[ \t]))"
_PREFIX = r"(?:" + _DOTTED_PREFIX + r"|T/M|K/T|T/L)[ \t]*\p{Lu}"  # a prefix and the authority's first letter
_Q_LINE = r"Q\.[ \t]*\p{Lu}[^\n\t|*\p{Ll}]*(?![^\n\t|*])"  # a "Q." line, in capitals to its end
AUTHORITY_LINE = regex.compile(  # literal first, line start checked behind: fast to scan for
    r"(?P<line>(?<=(?:^|[\n\t|])[ \t*]*)(?:" + _PREFIX + r"[^\n\t|*]*|" + _Q_LINE + r"))")
AUTHORITY_START = regex.compile(r"[ \t*]*(?:" + _PREFIX + r"|" + _Q_LINE + r")")
NOI_NHAN = regex.compile(  # the label may be wrapped between its words ("*Nơi⏎nhận:*")
    r"(?<=(?:^|[\n\t|])[ \t*]*)(?:Nơi|NƠI)(?:[ \t]+\n?|\n)[ \t]*(?:nhận|NHẬN)[ \t*]*:")
_LABEL_FIRST_WORDS = ("Nơi", "NƠI")


def _last_noi_nhan(text: str, end: int) -> regex.Match | None:
    """The last "Nơi nhận:" label that ends by ``end``: NOI_NHAN tried at each "Nơi" found from the end (str.rfind),
    not the pattern searched backwards (which tries every position: six times slower on real texts). Two labels
    never overlap (each holds one "Nơi"), so the first found from the end is the last found from the start."""
    found_at = {word: text.rfind(word, 0, end) for word in _LABEL_FIRST_WORDS}  # each word's last, read once
    while found_at[word := max(found_at, key=found_at.get)] >= 0:
        at = found_at[word]
        found = NOI_NHAN.match(text, at, end)
        if found:
            return found
        found_at[word] = text.rfind(word, 0, at)
    return None


KINH_GUI = regex.compile(r"Kính[ \t]+gửi[ \t*]*:?", regex.IGNORECASE)
SIGNATURE_MARK = regex.compile(
    r"^[\s(\[]*(?:đã\s+k[ýí]|k[ýí]|daky|chữ\s+k[ýí]|k[ýí]\s+tên|k[ýí],?\s+ghi|k[ýí]\s+và|Signed|\(?Đã\s+k[ýí])",
    regex.IGNORECASE)
# the signer's name after the mark on the same line ("( Đã ký) Lê Thành Long")
_NAME_AFTER_MARK = regex.compile(r"[\s)\]]*(?P<name>\p{Lu}[^()\[\]]*)$")
PERSON_NAME = regex.compile(r"^(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}+)(?:[ \t]+(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}+)){1,5}$")
BODY_ISSUER = regex.compile(
    r"(?P<body>(?:UBND|Ủy\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân|Sở|Phòng)\s+"
    r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)"
    r"(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,4}?)\s+(?:kính\s+)?(?:báo\s+cáo|đề\s+nghị|thông\s+báo|ban\s+hành|trình)"
)


# The enacting formula of a national body at a line's start (or after the "Theo đề nghị …;" a web copy ran into its
# line), for a copy that lost its issuer block
ENACTING_BODY = regex.compile(
    r"(?:^|(?<=\n)|(?<=;[ \t]))[ \t*]*(?:(?P<body>Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ|Quốc\s+hội|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội)"
    r"\s+ban\s+hành\s+(?:Quyết\s+định|Nghị\s+định|Nghị\s+quyết|Luật|Bộ\s+luật|Pháp\s+lệnh)"
    # a minister's or the State Bank's governor's circular: the ministry, the bank ("Bộ trưởng Bộ Công an ban hành
    # Thông tư ...", "… ban hành 02 quy chuẩn kỹ thuật quốc gia …": a circular that issues technical regulations)
    r"|(?:Bộ\s+trưởng\s+(?P<body>Bộ\s+\p{Lu}[\p{L} ,]{1,60}?)|Thống\s+đốc\s+(?P<body>Ngân\s+hàng\s+Nhà\s+nước\s+Việt\s+Nam))"
    r"\s+ban\s+hành\s+(?:Thông\s+tư|(?:\d{1,2}\s+)?[Qq]uy\s+chuẩn))(?![\p{L}])")
# ... or, in the older layout, the enacting office's line alone over the "Căn cứ" lines ("Bộ trưởng Bộ Xây dựng" ⏎⏎
# "Căn cứ …", "THỦ TƯỚNG CHÍNH PHỦ" ⏎ "Căn cứ …")
ENACTING_LINE = regex.compile(
    r"(?:^|(?<=\n))[ \t*]*(?:(?P<body>Thủ\s+tướng\s+Chính\s+phủ|THỦ\s+TƯỚNG\s+CHÍNH\s+PHỦ)"
    r"|(?:Bộ\s+trưởng|BỘ\s+TRƯỞNG)\s+(?P<body>(?:Bộ|BỘ)\s+\p{Lu}[\p{L} ,\-]{1,60}?)"
    r"|(?:Thống\s+đốc|THỐNG\s+ĐỐC)\s+(?P<body>(?:Ngân\s+hàng\s+Nhà\s+nước|NGÂN\s+HÀNG\s+NHÀ\s+NƯỚC)"
    r"(?:\s+(?:Việt\s+Nam|VIỆT\s+NAM))?))[ \t*]*\n(?:[ \t*]*\n)*[ \t*]*(?:Căn\s+cứ|CĂN\s+CỨ)")


_CELL_SPLIT = regex.compile(r"\t|(?<!\S)\|(?!\S)")
# A gazette's running header: its name, page numbers, the section titles it prints above the documents
_RUNNING_HEADER = regex.compile(r"CÔNG BÁO|^\d+$|^(?:" + "|".join(  # a heading alone, or over a body's name
    regex.escape(line) for line in word_list(PACKAGE, "gazette_headings.txt")) + r")(?:[ \t]+-[ \t].*)?$")
_NUMBER_LABEL = regex.compile(r"(?:Số|SỐ)[ \t]*:")
_BODY_START = regex.compile(r"(?:Căn cứ|CĂN CỨ|Kính gửi|Theo đề nghị|Xét |Được (?:Hội đồng|Quốc hội|Ủy ban) )")
_BODY_NAME = regex.compile(r"(?:ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|CHÍNH PHỦ|BỘ TRƯỞNG|THỦ TƯỚNG|CHỦ TỊCH)\b")
_SUBJECT_WORDS = regex.compile(r"\b(?:VỀ|BAN HÀNH|QUY ĐỊNH)\b")
_INLINE_ITEMS = regex.compile(r"(?<=;)\s*-\s*|^\s*-\s+")  # "; -Ban Tổ chức Trung ương": the space may be lost
_ITEMS_IN_A_LINE = regex.compile(r"(?<=;)[ \t]*-[ \t]*(?=\p{Lu})")  # a line's second item after its "; -"
_ITEM_DASH = regex.compile(r"[-–+•]\s*")  # "–", an en dash, in lists a converter set with it
_ITEM_LEAD = regex.compile(r"^[\s\-–+•]+")  # the plain formulation of _ITEM_LEAD_CHARS, which the tests check
# What _ITEM_LEAD takes from an item's start, for str.lstrip: Unicode's White_Space (the regex module's \s), "-+•"
_ITEM_LEAD_CHARS = ("\t\n\x0b\x0c\r \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B)))
                    + "\u2028\u2029\u202f\u205f\u3000-–+•")


@cache
def _body_starters() -> tuple[str, ...]:
    return tuple(sorted(word_list(PACKAGE, "header_bodies.txt"), key=len, reverse=True))


@cache
def signer_titles() -> frozenset[str]:
    """Office holders' titles (signer_titles.txt: "BỘ TRƯỞNG", "CHỦ TỊCH" ...), upper case."""
    return frozenset(word_list(PACKAGE, "signer_titles.txt"))


def _clean(text: str) -> str:
    return strip_markup(text).strip(" -–|:;")


# What _clean can take away before a line's first character: spaces, the marks strip_markup takes out and those it
# strips
_CLEANED_LEAD = SPACE_CHARS + "*|\\-–:;"


def _may_begin_a_title(line: str) -> bool:
    """Whether the line, cleaned, can begin with a title ("QUYẾT ĐỊNH", "LUẬT ..."): every title begins with two
    letters in capitals, and _clean takes nothing from between the first two letters it keeps. A prefilter: most
    lines of a header are spared _clean."""
    visible = line.lstrip(_CLEANED_LEAD)
    return visible[:1].isupper() and not visible[1:2].islower()


def _is_upper_line(text: str) -> bool:
    letters = list(filter(str.isalpha, text))  # filter and map with str methods: no Python loop per character
    return bool(letters) and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


def _find_number(text: str, head_end: int):
    typed_short = None  # "Số: 03/2026-BCT": taken when no number line holds a number of the usual forms
    for line in NUMBER_LINE.finditer(text, 0, head_end):
        if line.group("lower") and ":" not in line.group("colon") and _goes_on_a_sentence(text, line.start("lower")):
            continue  # "... được sửa đổi, bổ sung bởi Luật⏎số 94/2025/QH15": a gazette page's text before its header
        match = NUMBER_RE.match(text, line.end())
        if match:
            parsed = parse_number(match)
            if parsed:
                return _without_footnote_mark(text, match, parsed)
        elif typed_short is None and not line.group("lower"):
            typed_short = year_then_issuer_number(text, line.end())
    return typed_short or (None, None)


def _goes_on_a_sentence(text: str, start: int) -> bool:
    """Whether the line break right before ``start`` cuts a sentence: the line before ends in a word or a comma and
    is no header line in capitals ("QUỐC HỘI")."""
    before = text[max(0, start - 300):start].rstrip(" \t")
    if not before.endswith("\n"):
        return False
    line = before[:-1].rstrip(" \t*")
    line = line[line.rfind("\n") + 1:]
    return bool(line) and (line[-1] == "," or line[-1].isalpha() and not _is_upper_line(line))


# A number whose sequence is left blank, to be written in when signed ("Số: /2024/TT-BGDĐT", "Số: ....../QĐ-UBND"):
# an unsigned copy, whose codes still tell its type and issuer
_BLANK_SEQUENCE = regex.compile(
    r"(?:^|(?<=[\n\t|]))[ \t*|]*(?:Số|SỐ)[ \t]*:?[ \t.…_]*(?P<blank>/(?:(?:19|20)\d{2}/)?" + SEG + r"(?:-" + SEG + r")*)"
    r"(?![\p{L}\d&/])")


def _codes_of_a_blank_number(text: str, head_end: int):
    """The type and issuer codes of a number whose sequence is blank, with the codes' span; None without one."""
    found = _BLANK_SEQUENCE.search(text, 0, head_end)
    whole = NUMBER_RE.fullmatch("1" + found.group("blank")) if found else None
    parsed = parse_number(whole) if whole else None
    if parsed is None:
        return None
    blank = found.group("blank")
    return parsed, (found.start("blank") + blank.rfind("/") + 1, found.end("blank"))  # the codes' span


def _without_footnote_mark(text: str, match: regex.Match, parsed):
    """A footnote's mark glued to the number's last code in a PDF ("ÁN LỆ SỐ 56/2022/AL1"): digits after a type
    code that takes none, where the whole is no code."""
    code = parsed.issuer_code
    if parsed.type_code is None and parsed.year and code and code[-1].isdigit():
        stem = code.rstrip("0123456789")
        if stem and stem.upper() in type_codes() and code.upper() not in known_code_upper():
            shorter = NUMBER_RE.match(text, match.start(), match.end() - (len(code) - len(stem)))
            reparsed = parse_number(shorter) if shorter else None
            if reparsed:
                return shorter, reparsed
    return match, parsed


def _title_in_number_line(text: str, number_start: int, titles) -> tuple[str, int, int] | None:
    """The title printed before the number on its line ("ÁN LỆ SỐ 56/2022/AL": a court precedent)."""
    line_start = text.rfind("\n", 0, number_start) + 1
    label = _clean(text[line_start:number_start])
    if label.upper().endswith(" SỐ") and label[:-3].rstrip() in titles:
        line_end = text.find("\n", number_start)
        return label[:-3].rstrip(), line_start, line_end if line_end >= 0 else len(text)
    return None


# The place-date line whose year a PDF's text layer printed with a footnote's mark or a stamp's digit after it
# ("Hà Nội, ngày 23 tháng 02 năm 20264"): the year is its first four digits, where the line ends
_YEAR_WITH_A_MARK = regex.compile(r"(?:ngày|ngay)[\s*]*" + DAY_WORDS + r"(?=\d{1,2}[ \t*]*(?:\n|$))", regex.IGNORECASE)


def _find_place_date(text: str, head_end: int, start: int = 0):
    for comma in PLACE_DATE.finditer(text, start, head_end):
        date_match = FULL_DATE_AT_START.match(text, comma.end()) or _YEAR_WITH_A_MARK.match(text, comma.end())
        if date_match:
            date = date_from_match(date_match)
            if date.precision != "day":
                continue
        elif _BLANK_DATE.match(text, comma.end()):
            date = None  # the place, without its date
        else:
            continue
        before_start = max(0, comma.start() - 60)
        before = text[before_start:comma.start()]
        before = before.rstrip(" \t*")
        place_match = PLACE_BEFORE.search(before, _NOT_IN_PLACE.search(before).end())
        if place_match is None and before[-1:].islower():
            continue  # a date in a sentence ("Cách mạng tháng Tám thành công, ngày 02 tháng 9 năm 1945")
        place = None
        place_span = None
        if place_match and "\n" in place_match.group(0) and \
                "/" in before[before.rfind("\n", 0, place_match.start()) + 1:place_match.start()]:
            # its first line goes on a number's: the number's codes are no words of the place ("Số: 45/TTr-UBND⏎Bình
            # Dương"; "Số: 45/TTr-UBND Thủ Dầu⏎Một": the place wrapped)
            code = _CODE_WORD.match(before, place_match.start())
            place_match = PLACE_BEFORE.search(before, code.end()) if code else place_match
        if place_match:
            candidate = _strip_headings(place_match.group(0))
            if candidate:
                offset = before_start + place_match.end() - len(candidate)
                place = collapse_spaces(candidate)
                place_span = (offset, before_start + place_match.end())
        return date, place, place_span, comma.start()
    return None, None, None, None


_CODE_WORD = regex.compile(r"[\p{L}\d&]*-[\p{L}\d&\-]*[ \t]*\n?[ \t]*")  # "TTr-UBND": a number's codes
_CODES_LEFT = regex.compile(r"\p{Lu}[\p{Lu}\d&]*(?:-\p{Lu}[\p{L}\d&]*)+\.?")  # "QĐ-TTg": a number's codes


def _strip_headings(place: str) -> str:
    """Drop quốc hiệu/tiêu ngữ words that a flattened header glued before the place."""
    for pattern in (QUOC_HIEU, TIEU_NGU):
        found = list(pattern.finditer(place))
        if found:
            place = place[found[-1].end():]
    words = place.split()
    while words and (words[0].isupper() and len(words[0]) > 1 and (not words[0].endswith(".") or "-" in words[0])
                     or _CODES_LEFT.fullmatch(words[0])):
        words.pop(0)  # an upper-case body name or a code left on the same line ("UBND ... Hương Trà", "NQ-CP. Hà Nội",
        # "Số: 34/2025/QĐ-TTg ⇥Hà Nội, ngày ...")
    return " ".join(words) if words else ""


def _lines_with_offsets(text: str, start: int, end: int):
    """Lines of ``text[start:end]`` further split at TAB and "|" cells: (line, start offset)."""
    pos = start
    for raw_line in text[start:end].split("\n"):
        if "\t" not in raw_line and "|" not in raw_line:
            yield raw_line, pos  # a line of one cell (most): no split
        else:
            cell_start = pos
            for cell in _CELL_SPLIT.split(raw_line):
                yield cell, cell_start
                cell_start += len(cell) + 1
        pos += len(raw_line) + 1


def _issuer_block(text: str, block_end: int, block_start: int = 0, last: bool = False) -> list[tuple[str, int, int]]:
    """Upper-case lines of the issuer block before ``block_end``, without Quốc hiệu, Tiêu ngữ and rules: the first
    run of them from ``block_start``, or with ``last`` the run nearest ``block_end``."""
    region = text[:block_end]
    masked = region
    for pattern in (QUOC_HIEU, TIEU_NGU, PARTY_MOTTO):
        masked = pattern.sub(lambda m: "\x00" * len(m.group(0)), masked)
    lines: list[tuple[str, int, int]] = []
    for cell, offset in _lines_with_offsets(masked, block_start, len(masked)):
        if "\x00" in cell:
            cell = cell.split("\x00")[0]
        cleaned = _clean(cell)
        if not cleaned or DASH_LINE.match(cell) or _RUNNING_HEADER.match(cleaned):
            continue
        if _NUMBER_LABEL.match(cleaned):  # "Số: ..." under the body (its number unread: a scan's handwriting)
            if lines:
                break
            continue
        if not _is_upper_line(cleaned):
            if lines and not last:
                break
            lines = []
            continue
        if cell.rstrip(" \t*").endswith("-"):
            cleaned += " -"  # a joint issuer's list goes on ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO -⏎TÒA ÁN ...")
        lines.append((cleaned, offset, offset + len(cell)))
    return lines


def _split_bodies(lines: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    bodies: list[tuple[str, int, int]] = []
    starters = _body_starters()
    for line, start, end in lines:
        upper = line.upper()
        starts_body = any(upper == s or upper.startswith(s + " ") for s in starters)
        previous_is_stub = bodies and bodies[-1][0].upper() in ("ỦY BAN NHÂN", "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN",
                                                                 "UBND", "HĐND", "ỦY BAN")
        # the body's first line again: a gazette's running header printed the name above the document's own
        repeated = bodies and len(line.split()) > 1 and bodies[-1][0].upper().startswith(upper)
        joint = bodies and bodies[-1][0].endswith(" -")  # the next body of a joint issuer, one issuer
        if bodies and (not starts_body or previous_is_stub or joint) and not repeated:
            name, body_start, _ = bodies[-1]
            bodies[-1] = (collapse_spaces(name + " " + line), body_start, end)
        else:
            bodies.append((line, start, end))
    bodies = [(name[:-2] if name.endswith(" -") else name, start, end) for name, start, end in bodies]
    # a body printed twice in a row counts once (the later: the document's own header)
    return [body for body, after in zip(bodies, [*bodies[1:], None]) if after is None or _letters(after[0]) !=
            _letters(body[0])]


def _letters(name: str) -> str:
    """A body's name to compare: its letters and digits, in capitals ("BỘ LAO ĐỘNG - THƯƠNG BINH" = "BỘ LAO ĐỘNG
    THƯƠNG BINH")."""
    return "".join(filter(str.isalnum, name.upper()))


_LAW_TITLE_WITH_NAME = regex.compile(r"(BỘ LUẬT|LUẬT|PHÁP LỆNH) (?!SỐ\b)\p{Lu}")


def _title_after(text: str, start: int, head_end: int):
    """The title line (QUYẾT ĐỊNH ...): (title, start, end); a converter may glue the trích yếu after it
    with "****" ("**NGHỊ QUYẾT****Về việc ...**"), and then the title ends there."""
    titles = type_titles()
    for line, offset in _lines_with_offsets(text, start, head_end):
        if not _may_begin_a_title(line):
            continue
        cleaned = _clean(line)
        if cleaned[-1:].isdigit() and cleaned.rstrip("0123456789") in titles:
            cleaned = cleaned.rstrip("0123456789")  # a footnote's mark glued to the title ("THÔNG TƯ1")
        if (cleaned in titles or cleaned == "CÔNG VĂN") and not line.rstrip(" \t*").endswith("-"):
            # (a line that goes on after a hyphen is a gazette's section heading: "VĂN BẢN HỢP NHẤT -⏎BỘ Y TẾ")
            return cleaned, offset, offset + len(line)
        law = _LAW_TITLE_WITH_NAME.match(cleaned) if cleaned[:1] in "BLP" else None
        if law and _is_upper_line(cleaned):  # "LUẬT CÔNG ĐOÀN": the law's name, its subject, on the title's line
            title_start = offset + line.find(law.group(1))
            return law.group(1), title_start, title_start + len(law.group(1))
        glued = line.find("****")
        if glued > 0 and _clean(line[:glued]) in titles:
            return _clean(line[:glued]), offset, offset + glued + 4
    return None


_RANGE_DASHES = frozenset("-–")


def _subject_after(text: str, start: int, head_end: int, consolidated: bool = False):
    """The paragraph under the title line: lines up to a blank line, a rule or the body's first words. A blank line
    does not end it before a line that goes on in lower case (pages saved from the web put every printed line of
    the title in its own paragraph) or a line in brackets that qualifies it ("(Thực hiện điểm a khoản 2 Điều 28
    Luật Thủ đô ...)")."""
    lines: list[str] = []
    span_start = span_end = None
    pos = start
    carried = ""  # the ";" or ":" that ended the last line taken
    raw_lines = text[start:head_end].split("\n")
    for index, raw_line in enumerate(raw_lines):
        line_start = pos
        pos += len(raw_line) + 1
        cleaned = _clean(raw_line)
        if not cleaned:  # a blank line, or a rule (cleaned of its dashes)
            if lines and (DASH_LINE.match(raw_line) or not _subject_goes_on(raw_lines, index + 1, lines[-1])):
                break
            continue
        if DASH_LINE.match(raw_line):
            if lines:
                break
            continue
        if _BODY_START.match(cleaned):
            break
        if lines and _is_upper_line(cleaned) and not _is_upper_line(lines[-1]) and not (
                cleaned[0].isdecimal() and lines[-1].rsplit(None, 1)[-1].casefold() == "số"):
            break  # but "… được sửa đổi, bổ sung bởi Thông tư số⏎13/2020/TT-BTC": the number goes on with its "số"
        if lines and consolidated and _CONSOLIDATED_INSTRUMENT.match(cleaned):
            break  # a consolidated text's preamble: "Thông tư số 45/2016/TT-BLĐTBXH ngày ..., được sửa đổi, bổ sung bởi"
        ending = raw_line.rstrip(" \t*")[-2:]
        if ending[-1:] in _RANGE_DASHES and ending[:1].isspace() and index + 1 < len(raw_lines) and \
                raw_lines[index + 1].strip():
            cleaned += " " + ending[-1]  # "GIAI ĐOẠN 2025 -⏎2035": a range's dash at a line's end, which _clean drops
        if carried:  # "... cấp trên;⏎tiêu chuẩn ...", "... đi nước ngoài;⏎⏎thủ tục ...", "… nhóm thủ tục hành chính:⏎⏎Đăng
            lines[-1] += carried  # ký …": the ";" or ":" ending the line before, which _clean dropped, is the subject's
        carried = ending[-1:] if ending[-1:] in (";", ":") else ""  # when it goes on
        if lines and _CUT_WORD.search(lines[-1]) and cleaned[:1] in _UPPER_VOWELS:
            lines[-1] += cleaned  # a word the page cut between two lines in capitals ("ĐỐI VỚI T" ⏎⏎ "ỪNG LOẠI")
        else:
            lines.append(cleaned)
        if span_start is None:
            span_start = line_start + (len(raw_line) - len(raw_line.lstrip(" \t*")))
        span_end = line_start + len(raw_line.rstrip(" \t*"))
    if not lines:
        return None
    subject = collapse_spaces(" ".join(lines))
    mark = _FOOTNOTE_MARK_AT_END.search(subject)
    if mark:  # a gazette's footnote mark glued to the title's last word ("… Viễn thông Quân đội1")
        subject = subject[:mark.start()]
        span_end -= len(mark.group())
    if _FOOTNOTE_MARK_INSIDE.search(subject):  # ... or to a word inside it ("… Kiểm soát viên1 công ty …")
        subject = _FOOTNOTE_MARK_INSIDE.sub(lambda mark: _unless_footnote(text, mark), subject)
    # A subject never repeats the issuer in bold as the body's opening line ("ỦY BAN NHÂN DÂN TỈNH ...").
    if _BODY_NAME.match(subject) and (
        len(lines) == 1 or all(_is_upper_line(x) for x in lines)
    ) and not _SUBJECT_WORDS.search(subject):
        return None
    return subject, span_start, span_end


# a consonant alone at the end of a line in capitals: no word is so; the next line, beginning with a vowel, ends it
_CUT_WORD = regex.compile(r"(?<=\p{Lu}\p{Lu}+ )[BCDĐGHKLMNPQRSTVX]$")
_VOWELS = "aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"  # every vowel letter, with each tone mark
_UPPER_VOWELS = frozenset(_VOWELS.upper())
_FOOTNOTE_MARK_AT_END = regex.compile(r"(?<=\p{Ll})\d{1,2}$")
# a mark after a word of small letters that holds a vowel (a syllable; not "m2", "km2")
_FOOTNOTE_MARK_INSIDE = regex.compile(r"(?<=\p{Ll}*[" + _VOWELS + r"]\p{Ll}*)(\d{1,2})(?= )")


def _unless_footnote(text: str, mark: regex.Match) -> str:
    """Nothing for a footnote's mark, which begins a footnote of the text ("⏎1 Cụm từ …"); else the digits."""
    digits = mark.group(1)
    return "" if f"\n{digits} " in text else digits


def _subject_goes_on(lines: list[str], index: int, last: str) -> bool:
    """Whether the next line with words, after at most one more blank line, goes on with the subject whose last
    line is ``last``: it begins in lower case, or is a bracket alone, or ``last`` ends in a comma or in a word no
    title ends with (subject_open_endings.txt) or in a date's word before the number the line begins with, or the
    rule under the trích yếu follows it ("Quy định tiêu chuẩn, điều kiện thành lập⏎⏎Ban Dân tộc ...⏎⏎-----": a page
    saved from the web puts each printed line in its own paragraph)."""
    for offset, line in enumerate(lines[index:index + 2]):
        cleaned = _clean(line)
        if DASH_LINE.match(line):
            return False
        if cleaned:
            if _BODY_START.match(cleaned) or _BODY_START.match(cleaned[1:]):
                return False
            return cleaned[0].islower() or (cleaned[0] == "(" and cleaned.endswith(")") and cleaned.count("(") == 1) \
                or last.endswith(",") or last.rsplit(None, 1)[-1].casefold() in _subject_open_endings() \
                or cleaned[0].isdecimal() and last.rsplit(None, 1)[-1].casefold() in _DATE_WORDS \
                or _ends_with_a_title(last) and not cleaned.isupper() \
                or _rule_follows(lines, index + offset + 1) or _goes_on_in_capitals(lines, index + offset, last, cleaned) \
                or _last_line_before_the_body(lines, index + offset, last, cleaned)
    return False


# A date the paragraphs cut ("… ngày 19 tháng 10 năm" ⏎⏎ "2020 của Chính phủ …"): its word goes on with the number
_DATE_WORDS = frozenset(("ngày", "tháng", "năm"))


def _ends_with_a_title(line: str) -> bool:
    """Whether ``line`` ends with an office that names its body next ("... của một số Thông tư của Thống đốc" ⏎⏎
    "Ngân hàng Nhà nước Việt Nam trong lĩnh vực ...": signer_titles.txt)."""
    words = line.upper().split()
    return any(" ".join(words[-n:]) in signer_titles() for n in (1, 2, 3))


# A line that goes on past a body's name or a title at its start, in small letters after a comma, a semicolon or
# "và" ("Hội đồng nhân dân bầu, miễn nhiệm …", "Ủy ban nhân dân; trình tự …"; not "Bộ Văn hóa, Thể thao và Du lịch")
_CLAUSE_GOES_ON = regex.compile(r"(?:[,;]|\svà)\s+\p{Ll}")


def _last_line_before_the_body(lines: list[str], index: int, last: str, line: str) -> bool:
    """A title printed a line a paragraph whose last lines, from ``line`` (at ``index``) on, begin with a capital
    ("... thuộc địa phận tỉnh⏎⏎Khánh Hòa và khu vực quản lý của Cảng vụ ...⏎⏎Căn cứ ...", "... phê chuẩn kết quả⏎⏎Hội
    đồng nhân dân bầu, …⏎⏎Ủy ban nhân dân; …⏎⏎Phó Chủ tịch …⏎⏎Căn cứ ..."): it goes on when the body begins right after
    them (three at most), and none ends a sentence or is a body's or an office's name (the issuer's name repeated over
    the preamble) in small letters or in capitals."""
    if last.endswith((".", ":", ";")):
        return False
    taken = 0
    for position in range(index, min(len(lines), index + 8)):
        cleaned = _clean(lines[position])
        if not cleaned:
            continue
        if taken and _BODY_START.match(cleaned):
            return True
        if taken == 3 or _is_upper_line(cleaned) or _ITEM_LINE.match(lines[position]) or \
                taken and cleaned.endswith((".", ":")) or cleaned[:1].isupper() and (_starts_with_title(cleaned) or
                                                                     cleaned.upper().startswith(_body_starters())) \
                and not _CLAUSE_GOES_ON.search(cleaned):  # (in small letters it goes on: "chi nhánh ngân hàng …")
            return False  # (nor an item: "- Nội dung được hướng dẫn", a web page's link)
        taken += 1
    return False


def _goes_on_in_capitals(lines: list[str], index: int, last: str, line: str) -> bool:
    """A title in capitals printed a line a paragraph (a page saved from the web): the next paragraph, ``line`` (at
    ``index``), in capitals too, goes on with it when it begins with a word that goes on with a title ("… CỦA NGÂN
    HÀNG NHÀ NƯỚC VIỆT NAM⏎⏎ĐỐI VỚI VIỆC NIÊM YẾT …": subject_continuations.txt), or when the body begins right
    under it and it is no signer's title or body's name ("… NƯỚC NGOÀI CỦA TỔ CHỨC TÍN DỤNG CỔ PHẦN⏎⏎Căn cứ …"; not
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …⏎⏎Căn cứ …")."""
    if not (last.isupper() and line.isupper()):
        return False
    words = line.casefold().split()
    if any(" ".join(words[:n]) in _subject_continuations() for n in (1, 2)):
        return True
    rest = [_clean(x) for x in lines[index + 1:index + 8] if _clean(x)]
    following = rest[0] if rest else ""
    if line.startswith(_authority_openings()):
        # a body's name goes on with it only when the enacting body's own line stands between it and the body ("… VÀ
        # VIỆC BỐ TRÍ ĐẠI BIỂU⏎⏎HỘI ĐỒNG NHÂN DÂN CẤP TỈNH, CẤP XÃ HOẠT ĐỘNG CHUYÊN TRÁCH⏎⏎ỦY BAN THƯỜNG VỤ QUỐC HỘI⏎⏎Căn cứ")
        return following.isupper() and following.startswith(_authority_openings()) and len(rest) > 1 and \
            bool(_BODY_START.match(rest[1]))
    # the body begins after at most two more paragraphs in capitals ("… CHẾ ĐỘ BỒI⏎⏎DƯỠNG, THỜI GIAN …⏎⏎ỪNG LOẠI …⏎⏎Căn
    # cứ"), or after the enacting body's own line
    for position, later in enumerate(rest[:3]):
        if _BODY_START.match(later):
            return True
        if later.startswith(_authority_openings()):
            return position + 1 < len(rest) and bool(_BODY_START.match(rest[position + 1]))
        if not later.isupper():
            return False
    return False


@cache
def _authority_openings() -> tuple[str, ...]:
    """How a line naming a body or an authority begins, in capitals: the bodies of header_bodies.txt, the titles of
    signer_titles.txt, the issuers' heads of issuer_heads.txt ("ỦY BAN THƯỜNG VỤ QUỐC HỘI", "THỐNG ĐỐC ...")."""
    heads = (line.upper() for line in word_list(PACKAGE, "issuer_heads.txt"))
    return tuple(sorted({*_body_starters(), *signer_titles(), *heads}, key=len, reverse=True))


@cache
def _subject_continuations() -> frozenset[str]:
    return frozenset(word.casefold() for word in word_list(PACKAGE, "subject_continuations.txt"))


def _rule_follows(lines: list[str], index: int) -> bool:
    """Whether the next line, after at most one blank line, is a rule."""
    for line in lines[index:index + 2]:
        if DASH_LINE.match(line):
            return True
        if line.strip():
            return False
    return False


@cache
def _subject_open_endings() -> frozenset[str]:
    return frozenset(word.casefold() for word in word_list(PACKAGE, "subject_open_endings.txt"))


def _items_after(text: str, start: int, limit: int) -> list[str]:
    """"- item;" lines after a "Nơi nhận:" or "Kính gửi:" label. A line without a dash continues the item
    above (items wrap) unless that item ended with its ";" (_ended_item), and so do "+" lines under an item that ends
    in ":" (its parts); a blank line after items, a table cell break or the signature ends the list."""
    items: list[str] = []
    parent_open = False  # the last item took "+" lines as its parts
    lines = text[start:limit].split("\n")
    for index, raw_line in enumerate(lines):
        cell = raw_line.split("\t")[0]
        if index == 0:  # the rest of the label's line: "Kính gửi: Ủy ban nhân dân tỉnh.", up to a table's next cell
            # ("Nơi nhận: - …; - Lưu: HC, TH. | XÁC THỰC VĂN BẢN HỢP NHẤT …": a row flattened into one line)
            items += [x for x in _INLINE_ITEMS.split(strip_markup(cell.partition("|")[0])) if x.strip()]
            continue
        cleaned = strip_markup(cell)
        if not cleaned:
            if items and not _next_is_item(lines, index + 1) and not _item_goes_on(items[-1], lines, index + 1):
                break
            continue
        if cleaned == "|" or AUTHORITY_START.match(cell) or _starts_with_title(cleaned) and _is_upper_line(cleaned):
            break
        if cleaned.startswith("+") and items and (items[-1].endswith(":") or parent_open) and \
                not cleaned[1:].lstrip().startswith("Lưu"):  # "+ Lưu: VT." is the list's own "Lưu" item
            # "- VP UBND tỉnh:⏎+ LĐVP, KGVX;⏎+ TTTT: ...": the "+" lines under an item that ends in ":" are its parts
            items[-1] = items[-1] + " " + cleaned[1:].strip()
            parent_open = True
        elif items and not _ITEM_DASH.match(cleaned) and _ARCHIVE_DONE.match(items[-1]):
            break  # a form's archive item, left blank, ends its list ("- Lưu:...⏎Hướng dẫn lập biểu: …")
        elif _ITEM_DASH.match(cleaned) or not items or _ended_item(items[-1], cleaned):
            if "; -" in cleaned or ";-" in cleaned:  # two items on one line: "- UBND, Sở Tài chính; - Mặt trận Tổ quốc;"
                items += _ITEMS_IN_A_LINE.split(cleaned)
            else:
                items.append(cleaned)
            parent_open = False
        else:
            items[-1] = items[-1] + " " + cleaned
        if "\t" in raw_line:
            break
    return [i for i in (_clean_item(x).rstrip(";.,") for x in items) if i]


def _ended_item(item: str, line: str) -> bool:
    """Whether ``line``, without a dash, begins a new item after ``item``: a list printed without dashes ("Ban Bí thư
    Trung ương Đảng;⏎Văn phòng Quốc hội;"), where an item's ";" ends it, outside brackets, and the next begins in
    capitals (not "VPCP: BTCN, …;⏎các Vụ: CN, KTTH" nor "…;⏎(B/c)")."""
    return item.endswith(";") and line[:1].isupper() and item.count("(") == item.count(")")


def _item_goes_on(item: str, lines: list[str], start: int) -> bool:
    """After a blank line, an item that ends with a comma or without its punctuation goes on when the next non-blank
    line begins in lower case ("- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT,⏎⏎các Vụ, Cục, đơn vị trực thuộc, Công
    báo;", a web copy's "- Các doanh nghiệp, đơn vị sự nghiệp công lập⏎⏎trong CAND, ban quản lý dự án trong CAND;")."""
    if item.endswith((";", ".", ":")):
        return False
    for line in lines[start:start + 2]:
        cleaned = strip_markup(line.split("\t")[0])
        if cleaned:
            return cleaned[:1].islower()
    return False


def _next_is_item(lines: list[str], start: int) -> bool:
    """After a blank line, the list goes on when the next non-blank line is a "- item" (OCR and some
    converters put blank lines between items)."""
    for line in lines[start:start + 3]:
        cleaned = strip_markup(line.split("\t")[0])
        if cleaned:
            return bool(_ITEM_DASH.match(cleaned)) and not cleaned.startswith("--")
    return False


def _clean_item(item: str) -> str:
    """An item without its dash, its closing ";" and the spaces inside its brackets."""
    return collapse_spaces(item.lstrip(_ITEM_LEAD_CHARS)).rstrip(" ;").replace("( ", "(").replace(" )", ")")


def _recipients(text: str) -> tuple[regex.Match | None, list[str], int | None]:
    """The last "Nơi nhận" label that is not a form's (every item a placeholder, "Như trên; …", or one left blank,
    "…………", in an annex's template), its items, and the start of the form's label after it (None when it is the last
    label)."""
    end = len(text)
    form_start = None
    while True:
        label = _last_noi_nhan(text, end)
        if not label:
            return None, [], None
        items = _items_after(text, label.end(), min(len(text), label.end() + 3000))
        if not items:  # a web copy that printed the signature between the label and its items
            after = _ITEMS_AFTER_SIGNATURE.match(text, label.end())
            # (from the line break before the first item: _items_after reads the rest of the label's line first)
            items = _items_after(text, after.end() - 1, min(len(text), after.end() + 3000)) if after else []
        if not items or not (all(_PLACEHOLDER.search(item) for item in items) or any(map(_BLANK_ITEM.match, items))):
            return label, items, form_start
        end = form_start = label.start()


# "Nơi nhận:⏎⏎BỘ TRƯỞNG⏎⏎(Đã ký)⏎⏎Nguyễn Mạnh Hùng⏎⏎- Văn phòng Tổng bí thư; …": a few short lines without a dash,
# the mark of the signature among them, then the first item's line
_ITEMS_AFTER_SIGNATURE = regex.compile(
    r"[ \t*]*(?:\n[ \t*]*(?![-–+•])[^\n]{0,60}){0,4}?\n[ \t*]*\((?:Đã|đã)[ \t]+ký\)[ \t*]*"
    r"(?:\n[ \t*]*(?![-–+•])[^\n]{0,60}){1,4}?\n(?=[ \t*|]*[-–+•][ \t]*\p{Lu})")
_PREFIX_GLUED = regex.compile(r"^(" + _DOTTED_PREFIX + r"|Q\.)(?=\p{Lu})")  # "TM.ỦY BAN NHÂN DÂN": "TM. ỦY BAN ..."
# The archive's item that ends a recipients' list ("- Lưu: VT, NC (02)"): its word after an item's mark
_ARCHIVE_WORD = regex.compile(r"(?<=(?:^|[\n;|])[ \t*]*[-–+•][ \t*]*)Lưu\b")
_ITEM_LINE = regex.compile(r"[ \t*|]*[-–+•]")
_SIGNED_MARK_LINE = regex.compile(r"(?<=^|\n)[ \t*|]*\((?:đã|Đã)[ \t]+ký\)[ \t*|]*(?=\n|$)", regex.REVERSE)


def _unlabelled_recipients(text: str) -> list[str]:
    """A recipients' list printed without its "Nơi nhận" label, near the end: dashed items whose last is the
    archive's ("- Lưu: VT, ...", three items at least), or right above the mark of a signature ("(đã ký)", four
    items at least); else none."""
    archive = _archive_item(text, max(0, len(text) - TAIL_CHARS))
    if archive is not None:
        if _BLANK_ITEM.match(text[archive[0]:archive[1]].strip()):
            return []  # a form's list ("- Lưu:...", its codes left blank)
        end, least = archive[1], 3
    else:
        mark = _SIGNED_MARK_LINE.search(text, max(0, len(text) - TAIL_CHARS))
        if mark is None:
            return []
        end, least = text.rfind("\n", 0, mark.start()), 4
    start = text.rfind("\n", 0, end) + 1
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        if not _ITEM_LINE.match(text, above):
            break
        start = above
    if not _ITEM_LINE.match(text, start):
        return []
    items = _items_after(text, start, end)
    return items if len(items) >= least else []


def _archive_item(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the last archive's item from ``pos`` on: from its word to the end of its line or table cell (in a
    line of several items, "- Như trên; - Lưu: VT", the first archive's item of the line). Found by str.rfind of the
    word, not by a pattern searched backwards (which tries every position: 25 times slower on real texts)."""
    at = len(text)
    while (at := text.rfind("Lưu", pos, at)) >= 0 and not _ARCHIVE_WORD.match(text, at):
        pass
    if at < 0:
        return None
    cell_start = max(text.rfind("\n", 0, at), text.rfind("|", 0, at)) + 1
    ends = [found for found in (text.find("\n", at), text.find("|", at)) if found >= 0]
    first = at
    while (at := text.rfind("Lưu", max(pos, cell_start), at)) >= 0:
        if _ARCHIVE_WORD.match(text, at):
            first = at
    return first, min(ends, default=len(text))


def _name_span(line: str, offset: int, name: str) -> tuple[int, int]:
    """Where a signer's ``name`` (its markup taken out) stands on its ``line`` (at ``offset``): from its first word
    to the end of its last, markup inside included ("Nguyễn Ho**àng Long**": the span covers "Long")."""
    words = name.split()
    first = line.find(words[0])
    last = line.rfind(words[-1])
    if first < 0 or last < first:
        first = max(line.find(name), 0)
        return offset + first, offset + first + len(name)
    return offset + first, offset + last + len(words[-1])


def _signed_name(text: str, header: Header) -> None:
    """The signer of a copy that kept only "(Đã ký) Lê Thành Long" near its end."""
    for line, offset in reversed(list(_lines_with_offsets(text, max(0, len(text) - 600), len(text)))):
        cleaned = _clean(line)
        mark = SIGNATURE_MARK.match(cleaned)
        after = _NAME_AFTER_MARK.match(cleaned, mark.end()) if mark else None
        if after and PERSON_NAME.match(after.group("name")) and not _starts_with_title(after.group("name")):
            name = after.group("name")
            header.signer = name
            header.spans["signer"] = _name_span(line, offset, name)
            return


# an item left to fill in ("- …………;", "- Lưu ………..", the archive's codes left blank): a form's list
_BLANK_ITEM = regex.compile(r"Lưu:?[.…_\s]*$|[.…_\s]+$")  # (an archive's item with its codes left blank, "Lưu:")
# ... and, read while the list is, the line of one whose codes a form left as dots ("- Lưu:..."): it ends the list (an
# archive item without the dots may go on with its codes on the next line)
_ARCHIVE_DONE = regex.compile(r"[-–+•*\s]*Lưu:?[ \t]*(?:\.{3,}|…+)[ \t]*$")
_PLACEHOLDER = regex.compile(r"…|\.\.\.|^Như trên$|^Lưu:?\s*$")  # a form's items: "Lưu:" with no codes


AUTHORITY_TAIL_CHARS = 2000  # the prefixed lines are looked for here first


def _run_ending_last(text: str, authority: list[regex.Match]) -> list[regex.Match]:
    """The last prefixed line with the ones right above it (at most 80 characters and 3 line breaks apart, with
    only upper-case lines between): "TM. ỦY BAN NHÂN DÂN⏎KT. CHỦ TỊCH⏎PHÓ CHỦ TỊCH"."""
    run = [authority[-1]]
    for match in reversed(authority[:-1]):
        between = text[match.end():run[0].start()]
        if len(between) <= 80 and between.count("\n") <= 3 and all(
                _is_upper_line(_clean(x)) or not _clean(x) for x in between.split("\n")):
            run.insert(0, match)
        else:
            break
    return run


# Every match of AUTHORITY_LINE begins with one of these (its alternation and its "."; "T.M" and "K.T" with or
# without their last dot)
_AUTHORITY_PREFIXES = ("TM.", "KT.", "TL.", "TUQ.", "Q.", "T.M", "K.T", "T/M", "K/T", "T/L")


def _authority_lines(text: str, start: int = 0, end: int | None = None) -> list[regex.Match]:
    """``list(AUTHORITY_LINE.finditer(text, start, end))``, tried only where a prefix stands (str.find): the
    pattern's lookbehind keeps the module from scanning fast for its literals. Matches never overlap (each ends at
    its line's or cell's end, and the next begins a line or cell)."""
    end = len(text) if end is None else end
    starts = set()
    for prefix in _AUTHORITY_PREFIXES:
        at = text.find(prefix, start, end)
        while at >= 0:
            starts.add(at)
            at = text.find(prefix, at + 1, end)
    found: list[regex.Match] = []
    for at in sorted(starts):
        if found and at < found[-1].end():
            continue
        match = AUTHORITY_LINE.match(text, at, end)
        if match and not _is_template(match.group()):
            found.append(match)
    return found


def _is_template(line: str) -> bool:
    """A form's signature line to fill in ("TM. UBND XÃ.........", "KT. GIÁM ĐỐC …"): no signature."""
    return "..." in line or "…" in line


def _authority_run(text: str) -> list[regex.Match]:
    """_run_ending_last over every match of AUTHORITY_LINE, scanning the last lines first. No match holds a line
    break, so the matches from a line's start on are those of the whole scan; the whole text is scanned only when
    the tail has none or the run may go on above it."""
    tail = text.rfind("\n", 0, max(0, len(text) - AUTHORITY_TAIL_CHARS)) + 1
    if tail:
        found = _authority_lines(text, tail)
        if found:
            run = _run_ending_last(text, found)
            # a line above the tail ends before its line break: more than 80 characters above run[0] when
            if run[0] is not found[0] or run[0].start() - tail >= 80:
                return run
    found = _authority_lines(text)
    return _run_ending_last(text, found) if found else []


def _authority_run_after(text: str, start: int, end: int) -> list[regex.Match]:
    """The first run of prefixed lines between ``start`` and ``end``: the signature under a document's own
    "Nơi nhận" when the forms of its annexes, each with its own signature block, follow."""
    found = _authority_lines(text, start, end)
    for count in range(1, len(found) + 1):
        if count == len(found) or len(_run_ending_last(text, found[:count + 1])) == 1:
            return _run_ending_last(text, found[:count])
    return []


def _signature(text: str, header: Header, label: regex.Match | None, form_start: int | None = None,
               start: int | None = None) -> None:
    """TM./KT./TL. lines, the title and the name. Wrapped lines ("TM. ỦY BAN NHÂN⏎DÂN") join the line above;
    of the upper-case lines under the last prefixed line, the last one is the title, any above it wrap the
    prefixed line ("KT. BỘ TRƯỞNG,⏎CHỦ NHIỆM⏎PHÓ CHỦ NHIỆM"). ``label``: the recipients' "Nơi nhận", near which the
    signature is looked for when annexes follow it; ``form_start``: where the annexes' forms begin, when they do
    (their signature blocks are templates); ``start``: where the block begins, when the caller knows."""
    if start is None:
        start = _signature_start(text, label, form_start)
    if start is None:
        return
    prefixed: list[str] = []
    upper_after: list[tuple[str, int, int]] = []
    for line, offset in _lines_with_offsets(text, start, min(len(text), start + 800)):
        cleaned = _clean(line)
        if not cleaned or not any(map(str.isalnum, cleaned)):  # a stamp's or an image's mark alone ("[")
            continue
        mark = SIGNATURE_MARK.match(cleaned)
        if mark:
            after = _NAME_AFTER_MARK.match(cleaned, mark.end())
            if not after or not PERSON_NAME.match(after.group("name")):
                continue
            cleaned = after.group("name")
        if AUTHORITY_START.match(line):
            if upper_after:  # lines between two prefixed lines wrap the first
                prefixed[-1] = collapse_spaces(" ".join([prefixed[-1], *(u[0] for u in upper_after)]))
                upper_after = []
            prefixed.append(_PREFIX_GLUED.sub(r"\1 ", cleaned))
            continue
        if _is_upper_line(cleaned) and len(cleaned.split()) <= 10:
            cleaned = _SIGNATURE_STAMP.sub("", cleaned)
            if prefixed and prefixed[-1].endswith(",") and not upper_after:
                prefixed[-1] = collapse_spaces(prefixed[-1] + " " + cleaned)
                continue
            upper_after.append((cleaned, offset, offset + len(line)))
            continue
        if cleaned.startswith(("y]", "ky]", "ký]", "]")):
            cleaned = _STAMP_BEFORE_NAME.sub("", cleaned)  # "y]Phạm Thị Thanh Trà": the stamp's rest before the name
        name = _without_rank(cleaned)
        if PERSON_NAME.match(name) and not _starts_with_title(name):
            header.signer = name
            header.spans["signer"] = _name_span(line, offset, name)
        elif (prefixed or upper_after) and len(cleaned.split()) <= 6 and _starts_with_title(cleaned):
            upper_after.append((cleaned, offset, offset + len(line)))  # a title in small letters ("Phó Thống Đốc")
            continue
        break
    if header.signer is None and len(upper_after) >= 2 and PERSON_NAME.match(upper_after[-1][0]) and not \
            _starts_with_title(upper_after[-1][0]) and _starts_with_title(upper_after[-2][0]):
        name, begin, finish = upper_after.pop()  # a name printed in capitals under its title
        header.signer = name
        header.spans["signer"] = (begin, finish)
    if upper_after:
        title = upper_after[-1]
        if len(upper_after) >= 2 and not _starts_with_title(title[0]) and not title[0].startswith("PHÓ ") and \
                _starts_with_title(upper_after[-2][0] + " " + title[0]):
            # a title wrapped over two lines ("CHỦ TỊCH⏎NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KT. BỘ TRƯỞNG⏎THỨ
            # TRƯỞNG⏎THƯỜNG TRỰC"): its first line no part of the authority above
            above = upper_after.pop(-2)
            title = (above[0] + " " + title[0], above[1], title[2])
        if prefixed and len(upper_after) > 1:
            prefixed[-1] = collapse_spaces(" ".join([prefixed[-1], *(u[0] for u in upper_after[:-1])]))
        if not prefixed and len(upper_after) == 2 and all(_starts_with_title(u[0]) for u in upper_after) and \
                not upper_after[1][0].upper().startswith("PHÓ " + upper_after[0][0].upper()):
            # "TRƯỞNG BAN⏎PHÓ THỦ TƯỚNG": the capacity the signer signs in, over the signer's own office (but
            # "CHỦ TỊCH⏎PHÓ CHỦ TỊCH" is a deputy whose "KT." was lost)
            title = upper_after[0]
        header.signer_title = title[0]
        header.spans["signer_title"] = title[1:]
    if prefixed:
        header.signing_authority = prefixed
        header.spans["signing_authority"] = (start, start + len(prefixed[0]))


# A signature block flattened with the recipients' list into one table row: the cell after theirs on the label's line
# ("Nơi nhận: - …; - Lưu: HC, TH. | XÁC THỰC VĂN BẢN HỢP NHẤT CHỦ NHIỆM Lê Quang Tùng"), its capitals, then the name
_SIGNATURE_CELL = regex.compile(r"\|[ \t*]*(?P<upper>[^\n|\p{Ll}]*\p{Lu}[^\n|\p{Ll}]*?)[ \t*]+"
                                r"(?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*)+)[ \t*|]*$", regex.MULTILINE)
_CELL_PREFIX = regex.compile(_DOTTED_PREFIX + r"[ \t]*")
_WORD = regex.compile(r"\S+")


def _signature_in_a_cell(text: str, header: Header, line_start: int) -> None:
    """The signature block of a row flattened into the line at ``line_start`` (_SIGNATURE_CELL), its words spaced
    rather than glued (those normalize breaks into lines): the name, the title (the longest run of the capitals'
    last words that is an office's title, "CHỦ NHIỆM", "PHÓ THỦ TƯỚNG") and the prefixed authorities before it
    ("KT. BỘ TRƯỞNG THỨ TRƯỞNG": "KT. BỘ TRƯỞNG"); capitals before the first prefix are a heading ("XÁC THỰC VĂN
    BẢN HỢP NHẤT"), no part of it."""
    line_end = text.find("\n", line_start)
    cell = _SIGNATURE_CELL.search(text, line_start, line_end if line_end >= 0 else len(text))
    if not cell or not PERSON_NAME.match(cell.group("name")):
        return
    upper = cell.group("upper")
    prefixes = list(_CELL_PREFIX.finditer(upper))
    words = list(_WORD.finditer(upper, prefixes[-1].end() if prefixes else 0))
    # (a prefix's authority keeps one word at least: "KT. BỘ TRƯỞNG THỨ TRƯỞNG")
    for count in range(len(words) - (1 if prefixes else 0), 0, -1):
        title = " ".join(word.group() for word in words[-count:])
        if title in signer_titles():
            break
    else:
        return
    title_start = cell.start("upper") + words[-count].start()
    header.signer, header.spans["signer"] = cell.group("name"), cell.span("name")
    header.signer_title = title
    header.spans["signer_title"] = (title_start, cell.end("upper"))
    header.signing_authority = []
    header.spans.pop("signing_authority", None)
    if prefixes:
        cut = [p.start() for p in prefixes] + [title_start - cell.start("upper")]
        header.signing_authority = [_PREFIX_GLUED.sub(r"\1 ", collapse_spaces(upper[a:b]).strip())
                                    for a, b in zip(cut, cut[1:])]
        header.spans["signing_authority"] = (cell.start("upper") + cut[0],
                                             cell.start("upper") + len(upper[:cut[-1]].rstrip()))


def _signature_blocks(text: str, header: Header) -> list[Signature]:
    """Every signature block, in print order: the one the header's signer fields hold and, when it has its prefix
    lines and its name, the blocks printed right before and after it with their own (a joint circular signed by five
    bodies: "KT. CHÁNH ÁN ⏎TÒA ÁN NHÂN DÂN TỐI CAO ⏎PHÓ CHÁNH ÁN ⏎⏎Nguyễn Trí Tuệ ⏎⏎KT. VIỆN TRƯỞNG ⏎…"), nothing but
    blank lines between one block's name and the next block's first line."""
    spans = header.spans
    anchor = spans.get("signing_authority") or spans.get("signer_title") or spans.get("signer")
    if anchor is None:
        return []
    ends = [span[1] for name, span in spans.items() if name in ("signer", "signer_title", "signing_authority")]
    found = Signature(list(header.signing_authority), header.signer_title, header.signer, anchor[0], max(ends))
    if not header.signing_authority or header.signer is None:
        return [found]
    blocks = [found]
    while (before := _block_ending_at(text, blocks[0].start)) is not None:
        blocks.insert(0, before)
    while True:
        at = _BETWEEN_BLOCKS.match(text, blocks[-1].end).end()
        after = _block_at(text, at) if AUTHORITY_START.match(text, at) else None
        if after is None:
            break
        blocks.append(after)
    return blocks


_BETWEEN_BLOCKS = regex.compile(r"[ \t*|]*(?:\n[ \t*|]*)*")  # blank lines (and a table's cell marks) only
_BLOCK_REACH = 700  # the most characters a signature block takes, from its first line to its name's end


def _block_at(text: str, start: int) -> Signature | None:
    """The signature block whose first prefix line begins at ``start``, when it ends with a name."""
    block = Header()
    _signature(text, block, None, start=start)
    if block.signer is None or not block.signing_authority:
        return None
    return Signature(block.signing_authority, block.signer_title, block.signer, start, block.spans["signer"][1])


def _block_ending_at(text: str, start: int) -> Signature | None:
    """The signature block printed right before the one that begins at ``start``: the earliest prefix line above
    whose block's name ends with nothing but blank lines before ``start``."""
    found = None
    for line in reversed(_authority_lines(text, max(0, start - _BLOCK_REACH), start)):
        block = _block_at(text, line.start("line"))
        if block is not None and _BETWEEN_BLOCKS.match(text, block.end).end() == start:
            found = block  # (a block's second prefix line, "KT. THỦ TƯỚNG" under "TM. CHÍNH PHỦ", reads the same
            # name: the earliest line is the block's first)
        elif found is not None:
            break
    return found


# What a gazette's text layer keeps of the signature stamp, glued to the title line ("PHÓ THỦ TƯỚNGky]", "PHÓ THỦ
# TƯỚNG]")
_SIGNATURE_STAMP = regex.compile(r"(?<=\p{Lu})\[?(?:ký|ky|y)?\]$")
# … or glued before the signer's name on the line under the title (congbao 19/2026/NQ-CP: "y]Phạm Thị Thanh Trà")
_STAMP_BEFORE_NAME = regex.compile(r"^(?:ký|ky|y)?\](?=\p{Lu})")


# A run of prefixed lines this far past the end of "Nơi nhận" belongs to an annex's form ("TM. TỔ CHỨC (3)") when a
# signature block stands right under the label: the document's own, with its prefixes or with a title alone
LABEL_TO_SIGNATURE_MAX = 3000


def _signature_start(text: str, label: regex.Match | None, form_start: int | None) -> int | None:
    """Where the signature block begins: its first prefixed line (TM., KT. ...), else a title line alone in
    capitals near the end, or near "Nơi nhận" when annexes follow the document."""
    run = _authority_run_after(text, label.end(), form_start) if form_start is not None else None
    run = run or _authority_run(text)
    if run:
        if label and run[0].start() - label.end() > LABEL_TO_SIGNATURE_MAX:
            near = _authority_run_after(text, label.end(), min(len(text), label.end() + 2000))
            if near:
                return near[0].start("line")
            start = _title_line_near(text, label)
            if start is not None:
                return start
        return run[0].start("line")
    start = _last_title_lines(_lines_with_offsets(text, max(0, len(text) - TAIL_CHARS), len(text)))
    if start is None and label and label.start() < len(text) - TAIL_CHARS:  # annexes after it: near "Nơi nhận"
        start = _title_line_near(text, label)
    if start is None and not label:  # nor a "Nơi nhận" (a gazette's print), annexes after: under the body's "./."
        end_of_body = text.find("./.")
        if end_of_body < 0:  # or under a law's or resolution's closing formula ("... thông qua ngày 10 tháng 12 năm
            adopted = _adoption(text)  # 2025."), annexes after
            end_of_body = adopted[1].end if adopted else -1
        if end_of_body >= 0:
            start = _title_line(_lines_with_offsets(text, end_of_body, min(len(text), end_of_body + 600)))
    return start


def _title_line_near(text: str, label: regex.Match) -> int | None:
    """A title line alone in capitals under "Nơi nhận" (its list in the left column, read first), else above it."""
    start = _title_line(_lines_with_offsets(text, label.end(), min(len(text), label.end() + 2000)))
    if start is None:
        start = _last_title_lines(_lines_with_offsets(text, max(0, label.start() - 800), label.start()))
    return start


def _is_title_line(line: str) -> bool:
    cleaned = _clean(line)
    return _is_upper_line(cleaned) and len(cleaned.split()) <= 8 and _starts_with_title(cleaned) and \
        not _is_template(cleaned)


def _title_line(lines) -> int | None:
    """Offset of the first of ``lines`` that is a title alone in capitals ("PHÓ CHỦ TỊCH", "BỘ TRƯỞNG")."""
    for line, offset in lines:
        if _is_title_line(line):
            return offset
    return None


def _last_title_lines(lines) -> int | None:
    """Offset of the last of ``lines`` that is a title alone in capitals, or of the title lines right above it
    ("TRƯỞNG BAN⏎PHÓ THỦ TƯỚNG": the block begins at the first)."""
    lines = list(lines)
    for index in range(len(lines) - 1, -1, -1):
        if _is_title_line(lines[index][0]):
            top = index
            above = index - 1
            while above >= 0 and not _clean(lines[above][0]):
                above -= 1
            if above >= 0 and _is_title_line(lines[above][0]):
                top = above
            return lines[top][1]
    return None


@cache
def _signer_ranks() -> tuple[str, ...]:
    return tuple(sorted(word_list(PACKAGE, "signer_ranks.txt"), key=len, reverse=True))


def _without_rank(line: str) -> str:
    """The line without a rank or degree before the name ("Đại tướng Lương Tam Quang" → "Lương Tam Quang")."""
    for rank in _signer_ranks():
        if line.startswith(rank) and (rank.endswith(".") or line[len(rank):len(rank) + 1] in (" ", "")):
            return line[len(rank):].lstrip()
    return line


def _starts_with_title(line: str) -> bool:
    return _title_start().match(line.upper()) is not None


@cache
def _title_start() -> regex.Pattern:
    titles = sorted(signer_titles(), key=len, reverse=True)
    return regex.compile(r"(?:" + "|".join(map(regex.escape, titles)) + r")(?: |$)")


def _subject_cv(text: str, head_end: int):
    """``SUBJECT_CV.search(text, 0, head_end)``, from the first of its words (str.find): most texts have none."""
    found = [i for i in (text.find(word, 0, head_end) for word in _SUBJECT_CV_WORDS_SPELLED) if i >= 0]
    slash = text.find("/", 1, head_end - 1)  # "V/v", "V/V", "v/v": the first "/" between the right letters
    while slash >= 0:
        if text[slash - 1:slash + 2] in _SUBJECT_CV_ABBREVIATIONS:
            found.append(slash - 1)
            break
        slash = text.find("/", slash + 1, head_end - 1)
    return SUBJECT_CV.search(text, min(found), head_end) if found else None


# The closing formula of a law or a resolution of the National Assembly or its Standing Committee: "Luật này đã được
# Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 4 thông qua ngày 22 tháng 11 năm 2012."
# (every alternative begins with a word, the line start checked behind: scanned for four times faster)
ADOPTION = regex.compile(
    r"(?:(?:Luật|Bộ luật|Nghị quyết|Pháp lệnh|Hiến pháp)\s+này\s+(?:đã\s+)?được|(?<=(?:^|\n)[ \t*]*)Được)\s+"
    r"(?P<body>Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|Quốc\s+hội|Hội\s+đồng\s+Thẩm\s+phán\s+Tòa\s+án\s+nhân\s+dân\s+tối\s+cao)"
    r"(?![\p{L}])[^.;]{0,160}?thông\s+qua[\s*]+(?:tại\s+(?:phiên|kỳ|Phiên|Kỳ)\s+họp\s+[^.;\n]{0,40}?\s+)?(?=ngày)")


def _adoption(text: str) -> tuple[regex.Match, DateMention] | None:
    """The closing formula and the full date it gives, for a text whose header gives none."""
    if "thông qua" not in text:
        return None
    for found in ADOPTION.finditer(text):
        date = FULL_DATE_AT_START.match(text, found.end())
        if date:
            return found, date_from_match(date)
    return None


# The rest of the number's line and the blank lines under it, up to a date that begins a line
_TO_DATE_LINE = regex.compile(r"[^\n]*\n(?:[ \t*]*\n){0,3}[ \t*]*(?=[Nn]gày[ \t]+\d)")
_DATE_LINE_END = regex.compile(r"[ \t*.]*(?:\n|$)")


def _date_line_under_number(text: str, number_end: int) -> DateMention | None:
    """A full date alone on its line right under the number, no place before it: a web copy that lost the place
    ("Số: 66.9/2025/NQ-CP⏎⏎Ngày 8 tháng 12 năm 2025")."""
    line = _TO_DATE_LINE.match(text, number_end)
    date = FULL_DATE_AT_START.match(text, line.end()) if line else None
    if date is None or not _DATE_LINE_END.match(text, date.end()):
        return None
    found = date_from_match(date)
    return found if found.precision == "day" else None


_ANNEX_DATE_GLUE = regex.compile(r"[ \t*]*(?:\n[ \t*]*){0,3}")  # "158/2025/NĐ-CP*⏎⏎⏎*ngày 25 …": a web page's italics


def _date_after_reference(text: str, end: int) -> DateMention | None:
    """The date an annex's reference gives right after the number that ends at ``end``."""
    date = FULL_DATE_AT_START.match(text, _ANNEX_DATE_GLUE.match(text, end).end())
    return date_from_match(date) if date else None


def _annex_reference_date(text: str, number: str, start: int) -> DateMention | None:
    """The date an annex's reference back to the document gives with its number ("(Kèm theo Nghị định số
    158/2025/NĐ-CP ngày 25 tháng 6 năm 2025 …)"): the issue date of a copy that lost its place-and-date line."""
    at = text.find(number, start)
    while at >= 0:
        line = text[text.rfind("\n", 0, at) + 1:at]
        if "èm theo" in line or "ÈM THEO" in line:
            date = _date_after_reference(text, at + len(number))
            if date:
                return date
        at = text.find(number, at + len(number))
    return None


def _set_number(header: Header, match: regex.Match, parsed) -> None:
    header.number, header.number_seq = parsed.number, parsed.seq
    header.type_code, header.issuer_code = parsed.type_code, parsed.issuer_code
    header.spans["number"] = match.span()


def _set_place_date(header: Header, date: DateMention | None, place: str | None, place_span) -> None:
    if date:
        header.issue_date = date.iso
        header.spans["issue_date"] = (date.start, date.end)
    if place:
        header.place = place
        header.spans["place"] = place_span


def extract_header(text: str) -> Header:
    header = Header()
    head_end = min(len(text), HEAD_CHARS)
    authentication = _authentication(text)
    if authentication:  # a consolidated text: its top is read up to its authentication block only
        head_end = min(head_end, authentication[2])
    number_match, parsed = _find_number(text, head_end)
    if authentication and parsed and parsed.type_code == "VBHN":
        authentication = None  # its number printed at the top too (a web page's layout): read as any header
    # a consolidated text, by its authentication block or by the gazette's heading over it (a part printed without
    # its block): the numbers at its top are those of the instruments it consolidates
    consolidated = bool(authentication) or _CONSOLIDATED_HEADING.search(text, 0, min(len(text), 800)) is not None
    if consolidated and parsed and parsed.type_code != "VBHN":
        number_match = parsed = None
    if parsed:
        _set_number(header, number_match, parsed)
    elif not authentication:
        blank = _codes_of_a_blank_number(text, head_end)
        if blank:
            header.type_code, header.issuer_code = blank[0].type_code, blank[0].issuer_code
            header.spans["type_code"] = header.spans["issuer_code"] = blank[1]
    date, place, place_span, date_pos = _find_place_date(text, head_end)
    _set_place_date(header, date, place, place_span)
    alone = _date_line_under_number(text, header.spans["number"][1]) if not date and header.number else None
    adopted = _adoption(text) if not date and not alone else None
    if alone:
        header.issue_date = alone.iso
        header.spans["issue_date"] = (alone.start, alone.end)
    elif adopted:  # a law or resolution dated only by its closing formula ("... thông qua ngày 22 tháng 11 năm 2012")
        header.issue_date = adopted[1].iso
        header.spans["issue_date"] = (adopted[1].start, adopted[1].end)
    elif not date and header.number:
        annexed = _annex_reference_date(text, header.number, header.spans["number"][1])
        if annexed:
            header.issue_date = annexed.iso
            header.spans["issue_date"] = (annexed.start, annexed.end)

    anchors = [p for p in (number_match.start() if number_match else None, date_pos) if p is not None]
    title_from = min(anchors) if anchors else 0
    title = _title_after(text, title_from, head_end) if anchors else _title_after(text, 0, min(head_end, 1500))
    if title is None and number_match:
        title = _title_in_number_line(text, number_match.start(), type_titles())
    # a gazette's text layer may print the first page's text (title, subject, preamble) before the header block: the
    # title then stands before the number, and the issuer in the capitals right above the number
    title_before = _title_after(text, 0, number_match.start()) if title is None and number_match else None
    if title_before:
        title = title_before
    block_end = min([p for p in (*anchors, title[1] if title else None) if p is not None], default=0)
    if title:
        header.type = title[0]
        header.spans["type"] = (title[1], title[2])
        subject = _subject_after(text, title[2], min(len(text), title[2] + 1500), consolidated=consolidated)
        if subject:
            header.subject = subject[0]
            header.spans["subject"] = (subject[1], subject[2])
    # the "V/v" line of a công văn: needed only when the title gave no type or no subject
    cv_subject = _subject_cv(text, head_end) if header.type is None or header.subject is None else None
    if header.type is None:
        if parsed and (parsed.form == "cong_van" or cv_subject):
            header.type = "CÔNG VĂN"
            if parsed.form == "individual" and parsed.issuer_code:
                # a công văn's number holds no type code (Nghị định 30/2020): "5680/CT-CS" of a Cục Thuế
                # ("CT", the code of a Chỉ thị too) is its issuer and the drafting unit
                header.type_code, header.issuer_code = None, parsed.type_code
        elif parsed and parsed.type_code:
            header.type = next((t for t, (c, _) in type_titles().items() if c == parsed.type_code), None)
    if header.subject is None and cv_subject:
        subject_lines = [cv_subject.group("subject")]
        pos = cv_subject.end()
        for line in text[pos:head_end].split("\n")[1:4]:
            cleaned = _clean(line.split("\t")[0])
            if not cleaned or line.strip() == "|" or PLACE_DATE.search(line) or KINH_GUI.match(cleaned) or (
                    _is_upper_line(cleaned) and len(cleaned) > 3):
                break
            subject_lines.append(cleaned)
        header.subject = collapse_spaces(_clean(" ".join(subject_lines)))
        header.spans["subject"] = (cv_subject.start("subject"), cv_subject.start("subject") + len(subject_lines[0]))

    if block_end == 0 and title:
        block_end = title[1]
    if title_before:
        number_line = text.rfind("\n", 0, number_match.start()) + 1
        bodies = _split_bodies(_issuer_block(text, number_line, header.spans.get("subject", title[1:])[1], last=True))
    else:
        bodies = _split_bodies(_issuer_block(text, block_end)) if block_end else []
    if bodies:
        header.issuer = bodies[-1][0]
        header.spans["issuer"] = (bodies[-1][1], bodies[-1][2])
        if len(bodies) > 1:
            header.parent_issuer = bodies[-2][0]
    else:
        found = BODY_ISSUER.search(text, 0, min(len(text), 6000))
        if found:
            header.issuer = collapse_spaces(found.group("body"))
            header.spans["issuer"] = found.span("body")
        elif adopted:  # the body that adopted it, as its closing formula names it
            header.issuer = collapse_spaces(adopted[0].group("body"))
            header.spans["issuer"] = adopted[0].span("body")
        elif not consolidated:  # the body its enacting formula names ("Thủ tướng Chính phủ ban hành Quyết định ..."; a
            head = min(len(text), 8000)  # consolidated text's is the instrument's)
            enacting = ENACTING_BODY.search(text, 0, head) or ENACTING_LINE.search(text, 0, head)
            if enacting:
                header.issuer = collapse_spaces(enacting.group("body"))
                header.spans["issuer"] = enacting.span("body")

    if authentication:  # its signature is the block's; a "Nơi nhận" after it is an annexed form's
        _signature(text, header, None, start=_authentication_signature(text, *authentication))
    else:
        # the document ends where its annexes, which refer back to its number, begin: their forms' "Nơi nhận" and
        # signature templates are not its own
        body_start = max(header.spans.get("subject", header.spans.get("type", (0, 0)))[1],
                         header.spans.get("number", (0, 0))[1])
        end = _annexes_start(text, header.number, body_start) if header.number else len(text)
        misnumbered = _annex_calling_it_otherwise(text, header.number, body_start) if header.number else None
        if misnumbered:
            header.annexed_as = misnumbered.group()
            header.spans["annexed_as"] = misnumbered.span()
        own = text if end == len(text) else text[:end]
        label, header.recipients, form_start = _recipients(own)
        if label is None:  # a web copy may have lost the label, and the signature block all but the name
            header.recipients = _unlabelled_recipients(own)
        _signature(own, header, label, form_start)
        if header.signer is None:
            at = header.spans["signing_authority"][0] if header.signing_authority else label.end() if label else None
            if at is not None:
                _signature_in_a_cell(own, header, own.rfind("\n", 0, at) + 1)
        if header.signer is None and label is None:
            _signed_name(own, header)
    header.signatures = _signature_blocks(text, header)
    kinh_gui = KINH_GUI.search(text, 0, min(len(text), HEAD_CHARS + 1500))
    if kinh_gui:
        header.addressees = _items_after(text, kinh_gui.end(), min(len(text), kinh_gui.end() + 1500))
    if authentication:
        _read_authentication(text, header, *authentication)
    elif header.number is None:
        _annex_alone(text, header)
    header.spans = {field: _without_blanks_around(text, span) for field, span in header.spans.items()}
    return header


def _without_blanks_around(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A field's span without the spaces and line breaks at its ends ("CHÍNH PHỦ " of a header cell): the span
    holds the value, and its ends fall on a word's, where a token's do (spaCy's char_span)."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# A text that is an annex alone, without its document's header (a statistics office's list of communes, a gazette
# issue that goes on with a circular's annexes): "Phụ lục I …⏎(Ban hành kèm theo Công văn số 1027/CTK-CSCL ngày 25
# tháng 6 năm 2025 của Cục Thống kê)" near its top
_ANNEX_ALONE = regex.compile(
    r"^[ \t#*_]*(?:Phụ lục|PHỤ LỤC)[^\n]*\n(?:[^\n]*\n){0,6}?[ \t*_]*\(?[ \t*_]*(?:(?:Ban|BAN)\s+(?:hành|HÀNH)\s+)?"
    r"(?:Kèm|kèm|KÈM)\s+(?:theo|THEO)\s+(?P<kind>[^\n]{2,30}?)\s+(?:số|Số|SỐ)\s*:?\s*", regex.MULTILINE)
_ANNEX_ISSUER = regex.compile(r"[ \t*_]*\n?[ \t*_]*(?:của|CỦA)\s+(?P<issuer>[^()\n]+?)[ \t*_]*\)")
_ANNEX_ALONE_REACH = 800  # how near the top the annex's heading stands


def _annex_alone(text: str, header: Header) -> None:
    """The header of a text that is an annex alone (above): the document it is attached to, as its reference names
    it: number, type, issuer and date."""
    reference = _ANNEX_ALONE.search(text, 0, min(len(text), _ANNEX_ALONE_REACH))
    match = NUMBER_RE.match(text, reference.end()) if reference else None
    parsed = parse_number(match) if match else None
    kind = collapse_spaces(reference.group("kind")).upper() if parsed else None
    if not parsed or not (kind in type_titles() or kind == "CÔNG VĂN"):
        return
    _set_number(header, match, parsed)
    header.type = kind
    header.spans["type"] = reference.span("kind")
    date = _date_after_reference(text, match.end())
    if date:
        _set_place_date(header, date, None, None)
    issuer = _ANNEX_ISSUER.match(text, date.end if date else match.end())
    if issuer:
        header.issuer = collapse_spaces(issuer.group("issuer"))
        header.spans["issuer"] = issuer.span("issuer")


# An annex's reference to the document it is attached to, on a line of its own: "(Kèm theo Nghị định số
# 343/2025/NĐ-CP ngày ...)", "(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ...)"
_ANNEX_REFERENCE = regex.compile(
    r"[ \t*_]*\(?[ \t*_]*(?:(?:Ban|BAN|ban)\s+(?:hành|HÀNH)\s+)?(?:Kèm|kèm|KÈM)[\s*_]+(?:theo|THEO)[\s*_]+[^\n]{0,60}?"
    r"(?:số|Số|SỐ)\s*:?\s*")


# An annex's heading may call the document by a misprinted number: "PHỤ LỤC ⏎(Kèm theo Nghị định số 66/2025/NĐ-CP …)"
# under "Số: 60/2025/NĐ-CP" (vbpl), "(Ban hành kèm theo Thông tư số 56/2025/TT-BXD …)" in 57/2025/TT-BXD: the same year
# and codes, another sequence, right under the annex's heading
_ANNEX_HEADING = regex.compile(r"[ \t*_#]*(?:PHỤ\s+LỤC|Phụ\s+lục)(?![\p{L}])")
_ANNEX_HEADING_REACH = 300  # characters above the reference where the heading's lines stand


def misprinted_own_number(number: str, own_number: str) -> bool:
    """Whether a normative ``number`` differs from the document's own only in its sequence (66/2025/NĐ-CP, 60/...)."""
    seq, _, rest = number.partition("/")
    own_seq, _, own_rest = own_number.partition("/")
    return rest == own_rest and rest.count("/") == 1 and seq != own_seq


def own_number_without_year(number: str, own_number: str) -> bool:
    """Whether ``number`` is the document's own printed without its year (an annex's "Ban hành kèm theo Nghị quyết số
    95/UBTVQH15" in 95/2025/UBTVQH15, "Kèm theo Thông tư số 58/TT-BKHCN" in 58/2025/TT-BKHCN)."""
    seq, _, rest = own_number.partition("/")
    year, _, code = rest.partition("/")
    return bool(code) and len(year) == 4 and year.isdecimal() and number == f"{seq}/{code}"


def under_annex_heading(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` refers back to the document ("(Kèm theo … số …") right under an annex's
    heading ("PHỤ LỤC", its title lines between)."""
    if not _ANNEX_REFERENCE.match(text, line_start):
        return False
    above = max(0, line_start - _ANNEX_HEADING_REACH)
    end = line_start - 1  # the line break that ends the line above
    lines = 0
    while end > above and lines < 4:
        start = max(above, text.rfind("\n", above, end) + 1)
        if _ANNEX_HEADING.match(text, start, end):
            return True
        if text[start:end].strip():
            lines += 1
        end = start - 1
    return False


def _annexes_start(text: str, number: str, body_start: int) -> int:
    """Where the annexes attached to this document begin: the first line after ``body_start`` that refers back to
    the document's number ("(Kèm theo Nghị định số 343/2025/NĐ-CP ...)") with a "Nơi nhận" label, a signing
    authority's line or the body's closing "./." above it (a form printed inside an article refers back the same
    way), or right under an annex's heading ("Phụ lục": a web copy that lost its label and signature block); the
    text's end when none does."""
    first = len(text)
    for word in ("èm theo", "ÈM THEO"):
        at = text.find(word, body_start, first)
        while at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            reference = _ANNEX_REFERENCE.match(text, line_start)
            if reference:
                match = NUMBER_RE.match(text, reference.end())
                parsed = parse_number(match) if match else None
                own = parsed is not None and (parsed.number == number or own_number_without_year(parsed.number, number)
                                              or misprinted_own_number(parsed.number, number)
                                              and under_annex_heading(text, line_start))
                if own and (NOI_NHAN.search(text, body_start, line_start) or
                            _authority_lines(text, body_start, line_start) or
                            text.find("./.", body_start, line_start) >= 0 or under_annex_heading(text, line_start)):
                    first = line_start
                    break
            at = text.find(word, at + 1, first)
    return first


def _annex_calling_it_otherwise(text: str, number: str, body_start: int) -> regex.Match | None:
    """The first number, after ``body_start``, by which an annex's heading refers back to the document that differs
    from its own ``number`` in the sequence alone ("PHỤ LỤC ⏎(Kèm theo Nghị định số 66/2025/NĐ-CP …)" under "Số:
    60/2025/NĐ-CP"); None when every annex calls it by its number."""
    found = None
    for word in ("èm theo", "ÈM THEO"):
        at = text.find(word, body_start)
        while at >= 0 and (found is None or at < found.start()):
            line_start = text.rfind("\n", 0, at) + 1
            reference = _ANNEX_REFERENCE.match(text, line_start)
            match = NUMBER_RE.match(text, reference.end()) if reference else None
            parsed = parse_number(match) if match else None
            if parsed and misprinted_own_number(parsed.number, number) and under_annex_heading(text, line_start):
                found = match
                break
            at = text.find(word, at + 1)
    return found


_CONSOLIDATED_HEADING = regex.compile(r"(?:^|(?<=\n))[ \t*]*VĂN BẢN HỢP NHẤT(?![\p{L}])")
# The first line of a consolidated text's preamble, which names the instrument it consolidates
_CONSOLIDATED_INSTRUMENT = regex.compile(
    r"(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị)\b[^\n]{0,120}?\s(?:số\s+)?\d+/")
# A consolidated text (văn bản hợp nhất) as the gazette prints it: its own number, place, date and issuer stand in the
# authentication block at the end ("BỘ X⏎Số: 466/VBHN-BLĐTBXH⏎XÁC THỰC VĂN BẢN HỢP NHẤT⏎Hà Nội, ngày ..."); the
# numbers at the top are those of the instruments it consolidates. One ministry's print says "XÁC NHẬN" for "XÁC THỰC"
# (4246/VBHN-BLĐTBXH).
_AUTHENTICATION_WORDS = ("XÁC THỰC", "XÁC NHẬN")
AUTHENTICATION = regex.compile(_SP.join(("XÁC", "(?:THỰC|NHẬN)", "VĂN", "BẢN", "HỢP", "NHẤT")), regex.REVERSE)
AUTHENTICATION_REACH = 600  # characters around the phrase where the block's number, date and body are read


def _authentication(text: str) -> tuple[regex.Match, regex.Match, int, int] | None:
    """The authentication block of a consolidated text: (its "Số:" line, its number, the region around it)."""
    phrase = None
    for words in _AUTHENTICATION_WORDS:
        at = text.rfind(words)
        phrase = AUTHENTICATION.search(text, max(0, at - 20), min(len(text), at + 60)) if at >= 0 else None
        if phrase:
            break
    if not phrase:
        return None
    start, end = max(0, phrase.start() - AUTHENTICATION_REACH), min(len(text), phrase.end() + AUTHENTICATION_REACH)
    for line in NUMBER_LINE.finditer(text, start, end):
        match = NUMBER_RE.match(text, line.end())
        if match and match.group("icode") and match.group("icode").upper().startswith("VBHN-"):
            return line, match, start, end
    return None


def _read_authentication(text: str, header: Header, line: regex.Match, match: regex.Match, start: int,
                         end: int) -> None:
    """The number, place, date and issuer of a consolidated text, from its authentication block."""
    parsed = parse_number(match)
    if parsed is None:
        return
    _set_number(header, match, parsed)
    date, place, place_span, _ = _find_place_date(text, end, start)
    _set_place_date(header, date, place, place_span)
    bodies = _split_bodies(_upper_lines_above(text, line.start(), start))
    if bodies:
        header.issuer, header.parent_issuer = bodies[-1][0], bodies[-2][0] if len(bodies) > 1 else None
        header.spans["issuer"] = (bodies[-1][1], bodies[-1][2])


def _authentication_signature(text: str, line: regex.Match, match: regex.Match, start: int, end: int) -> int | None:
    """Where the signature of an authentication block begins: its prefixed lines, else its title alone."""
    run = _authority_run_after(text, match.end(), end)
    if run:
        return run[0].start("line")
    return _title_line(_lines_with_offsets(text, match.end(), end))


def _upper_lines_above(text: str, pos: int, limit: int) -> list[tuple[str, int, int]]:
    """The upper-case lines right above ``pos`` (blank lines skipped), in text order: a body's name over its
    number."""
    lines: list[tuple[str, int, int]] = []
    for line, offset in reversed(list(_lines_with_offsets(text, limit, pos))):
        cleaned = _clean(line)
        if not cleaned or DASH_LINE.match(line) or any(words in cleaned for words in _AUTHENTICATION_WORDS):
            continue  # (the phrase may stand over the number)
        if not _is_upper_line(cleaned) or _RUNNING_HEADER.match(cleaned) or len(lines) == 4:
            break
        if line.rstrip(" \t*").endswith("-"):
            cleaned += " -"  # a name wrapped after its hyphen goes on ("BỘ LAO ĐỘNG -⏎THƯƠNG BINH VÀ XÃ HỘI")
        lines.insert(0, (cleaned, offset, offset + len(line)))
    return lines


__all__ = ["extract_header"]
