"""Citations of legal and administrative instruments.

Two passes over the normalized text, both anchored on cheap literal features:

1. numbered mentions, anchored on the number itself (``NUMBER_RE``); the kind comes from the words just before
   it ("Nghị định số", "Luật Đất đai số"), from the mention before it in an enumeration ("Nghị định số A và
   số B"), or from the type code ("văn bản số 12/KH-UBND" → Kế hoạch); then the date ("ngày 09/02/2017")
   and the issuer ("của Chính phủ") that follow it;
2. laws, codes and ordinances cited by name ("Luật Báo chí", "Luật Tiếp cận thông tin ngày 06 tháng 4 năm
   2016"), where pass 1 found nothing.

Every mention is its own item. The lexicons (kind words, issuer heads and stop words, law-name stop words,
prefixes that mark forms and annexes) are data files in ``data/``.
"""
from __future__ import annotations

from functools import cache, lru_cache
import re

import regex

from vnadmin.extract.dates import DATE_END, DAY_WORDS, FULL_DATE_AT_START, date_from_match, make_date
from vnadmin.extract.header import misprinted_own_number, own_number_without_year, signer_titles, under_annex_heading
from vnadmin.extract.numbers import (ParsedNumber, in_web_address, issuer_codes, issuer_of_code, iter_numbers,
                                     kind_of_type_code, may_hold_web_addresses, parse_number, without_glued_word)
from vnadmin.model import Citation, DateMention
from vnadmin.resources import tsv_rows, word_list
from vnadmin.text.normalize import SPACE_CHARS, collapse_spaces, strip_markup

PACKAGE = "vnadmin.extract"
WINDOW = 160  # characters looked at before a number for its kind words


# Before trying a pattern at a position, the regex module looks for the literal every match must hold ("của",
# "sửa") from that position to the end of the text: an anchored .match() on the whole text then costs a scan of
# the rest of the text whenever the literal is far or absent (100 µs on 100 KB). An alternative that never
# matches leaves the pattern without a required literal and its matches unchanged: append it to the patterns
# tried with .match() at a position of the whole text.
def _no_required_string(pattern: str) -> str:
    return r"(?:" + pattern + r"|(?!))"


def _words_pattern(phrase: str) -> str:
    """A phrase with any whitespace (line breaks included) between its words."""
    return r"\s+".join(regex.escape(word) for word in phrase.split())


@cache
def _kind_table() -> tuple[regex.Pattern, dict[str, str]]:
    variants: dict[str, str] = {}
    for kind, words in tsv_rows(PACKAGE, "kinds.tsv"):
        for variant in words.split("|"):
            variants[variant.casefold()] = kind
    ordered = sorted(variants, key=len, reverse=True)
    # "pháp luật" is no kind, nor "Kế hoạch" in "Bộ Kế hoạch và Đầu tư" / "Sở Kế hoạch và Đầu tư"
    pattern = regex.compile(r"(?<![\p{L}])(?<!pháp\s+)(?<!Pháp\s+)(?<!PHÁP\s+)(?<!(?-i:Bộ|BỘ|Sở|SỞ)\s+)(?:" + "|".join(
        _words_pattern(v) for v in ordered) + r")(?![\p{L}])", regex.IGNORECASE)
    return pattern, variants


@cache
def _kind_table_reversed() -> regex.Pattern:
    pattern = _kind_table()[0]
    return regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)


@cache
def _kind_direct() -> regex.Pattern:
    """Kind words right before the number (searched from the end of the window)."""
    pattern = _kind_table()[0]
    return regex.compile(r"(?P<kind>" + pattern.pattern + r")" + _REST_DIRECT.pattern + r"\Z",
                         pattern.flags | regex.REVERSE)


@lru_cache(maxsize=1024)
def _kind_of_words(words: str) -> str:
    return _kind_table()[1][" ".join(words.split()).casefold()]


# "số" as typed ("so", "sô", "sổ": "Luật Di sản văn hóa sổ 45/2024/QH15")
_REST_DIRECT = regex.compile(r"[\s*]*:?[\s*]*(?:(?:số|so|sô|sổ)(?:\s+hiệu)?)?[\s*]*:?[\s*]*", regex.IGNORECASE)
# "số" glued to the word before it by a PDF's text layer ("Quyết định kháng nghịsố 708/2009/KN-DS") is read too
_REST_NAMED = regex.compile(r"(?P<name>\s+[^;:()“”\"/]{1,120}?)(?:\s+(?:số|so|sổ)|(?<=\p{Ll})số)\s*:?\s*",
                            regex.IGNORECASE)
_ENUM_GLUE = regex.compile(r"\s*(?:,|;|và|hoặc|hay)\s*(?:các\s+)?(?:(?:số|so)\s*:?\s*)?|\s*(?:số|so)\s*:?\s*",
                           regex.IGNORECASE)


@cache
def _non_citation_tail() -> regex.Pattern:
    words = "|".join(_words_pattern(w) for w in sorted(word_list(PACKAGE, "non_citation_prefixes.txt"), key=len,
                                                         reverse=True))
    # (with the list the number ends: "các Mẫu số 03, 04, 05 và 06/BHYT-QĐ", "các mẫu tương ứng số 15/BCQT-NVL/GSQL,
    # 15a/BCQTSP-GSQL và 16/ĐMTT-GSQL", "ví dụ: 11/LĐTBXH-GP hoặc 01/2019/SAG")
    return regex.compile(r"(?:" + words + r")\s*(?:số\s*)?:?\s*(?:\d{1,3}[a-z]?(?:/[\p{L}\d/.\-]+)?\s*(?:,|và|hoặc)\s*)*\Z",
                         regex.IGNORECASE | regex.REVERSE)


_LETTERS = regex.compile(r"\p{L}*")


def _fold(letters: str) -> str:
    """Case-insensitive key of a run of letters, as loose as the regex module's IGNORECASE: it also matches "İ"
    for "i", whose casefold() is "i" + U+0307 (a mark, never inside a run of letters otherwise), and the dotless "ı"
    for "I"."""
    return letters.casefold().replace("\u0307", "").replace("ı", "i")


def _by_leading_letters(alternatives) -> dict[str, regex.Pattern]:
    """One case-insensitive pattern per run of leading letters (folded): the alternatives, given as (phrase,
    pattern), whose phrase begins with that run, in their order. A phrase matched at a position needs the run of
    letters there to fold to its own: a dict look-up picks the few alternatives that can match (most words have
    none), and the small pattern costs a fraction of the whole alternation."""
    groups: dict[str, list[str]] = {}
    for phrase, pattern in alternatives:
        groups.setdefault(_fold(_LETTERS.match(phrase).group()), []).append(pattern)
    return {start: regex.compile("|".join(patterns), regex.IGNORECASE) for start, patterns in groups.items()}


@cache
def _issuer_heads() -> tuple[str, ...]:
    return tuple(sorted(word_list(PACKAGE, "issuer_heads.txt"), key=len, reverse=True))


@cache
def _issuer_head() -> regex.Pattern:
    """Every issuer head as one pattern (the plain formulation of _issuer_heads_by_start, which the tests check)."""
    heads = _issuer_heads()
    return regex.compile(r"(?:" + "|".join(_words_pattern(h) for h in heads) + r")(?![\p{L}])", regex.IGNORECASE)


@cache
def _issuer_heads_by_start() -> dict[str, regex.Pattern]:
    """_issuer_head() split by leading letters: longest head first within each."""
    return _by_leading_letters((h, _words_pattern(h) + r"(?![\p{L}])") for h in _issuer_heads())


@cache
def _issuer_stop_phrases(title_case: bool = False) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(stop words, kind words): each ends an issuer's name; at a word in title case, the stop words that also
    begin words of body names do not."""
    stops = word_list(PACKAGE, "issuer_stopwords.txt")
    if title_case:
        stops = [s for s in stops if s not in word_list(PACKAGE, "issuer_name_stopwords.txt")]
    return tuple(sorted(stops, key=len, reverse=True)), tuple(_kind_table()[1])


_NOT_AFTER_PHAP = r"(?<!pháp\s+)(?<!Pháp\s+)"  # "pháp luật": law in general, no kind word
# "Bộ Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư": a kind word that begins a body's name ends no issuer
_NOT_AFTER_BODY = r"(?<!(?-i:Bộ|BỘ|Sở|SỞ)\s+)"  # in capitals: "toàn bộ Quyết định số ..." is one


@cache
def _issuer_stop(title_case: bool = False) -> regex.Pattern:
    """Every stop of an issuer's name as one pattern: a stop word, a kind word, "và" before a kind word, "số" or
    "các"; at a word in title case, without the stop words that begin words of names ("Bộ Giao thông vận tải",
    "Ban Tổ chức Trung ương"). The plain formulation of _issuer_stops_by_start, which the tests check."""
    stops, kind_words = _issuer_stop_phrases(title_case)
    kinds = [_words_pattern(v) for v in kind_words]
    return regex.compile(
        _NOT_AFTER_PHAP + r"(?:và\s+|" + _NOT_AFTER_BODY + r")(?:" + "|".join(kinds) + r")(?![\p{L}])|(?:"
        + "|".join(_words_pattern(s) for s in stops) + r")(?![\p{L}])|và\s+(?:số|các)(?![\p{L}])",
        regex.IGNORECASE,
    )


@cache
def _issuer_stops_by_start(title_case: bool = False) -> dict[str, regex.Pattern]:
    """_issuer_stop() split by leading letters (only whether one matches counts, not which)."""
    stops, kind_words = _issuer_stop_phrases(title_case)
    every_kind = "|".join(_words_pattern(v) for v in kind_words)
    return _by_leading_letters([
        *((v, _NOT_AFTER_PHAP + _NOT_AFTER_BODY + _words_pattern(v) + r"(?![\p{L}])") for v in kind_words),
        *((s, _words_pattern(s) + r"(?![\p{L}])") for s in stops),
        ("và", _NOT_AFTER_PHAP + r"và\s+(?:" + every_kind + r")(?![\p{L}])"),
        ("và", r"và\s+(?:số|các)(?![\p{L}])"),
    ])


def is_title_case(word: str) -> bool:
    """A capital then a small letter ("Giao", "Tổ"): a word of a proper name, not of the sentence around it."""
    return word[:1].isupper() and not word.isupper()


@lru_cache(maxsize=8192)
def _stop_at(word: str) -> regex.Pattern | None:
    """The stops of an issuer's name that can begin at this word of the text (a property of the word alone), as
    one pattern; None for most words."""
    return _issuer_stops_by_start(is_title_case(word)).get(_fold(_LETTERS.match(word).group()))


@cache
def _whole_issuers() -> frozenset[str]:
    return frozenset(n.casefold() for n in word_list(PACKAGE, "issuer_whole_names.txt"))


@cache
def _whole_issuer_starts() -> frozenset[str]:
    """The first words of each complete issuer's name ("thủ tướng", "thủ tướng chính phủ" ...), folded."""
    starts = set()
    for name in _whole_issuers():
        words = name.split()
        starts.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return frozenset(starts)


@cache
def _whole_name_later_words() -> frozenset[str]:
    """The words that stand after the first in a complete issuer's name, folded: only one of them can make it longer."""
    return frozenset(word for name in _whole_issuers() for word in name.split()[1:])


def _longer_whole(name: str, word: str) -> bool:
    """Whether the next word makes a complete name longer ("Thủ tướng" + "Chính phủ"), also at the end of a longer
    name ("Bộ trưởng Bộ Ngoại" + "giao")."""
    return _ends_in_a_start(name + " " + word, _whole_issuer_starts(), 2)


_LINE_ENDS = regex.compile(r"[ \t]*\n")


@cache
def _national_bodies() -> frozenset[str]:
    """The national bodies' names of issuer_codes.tsv, folded, their commas left out (not the local bodies, "Ủy ban
    nhân dân", whose names go on with their place)."""
    return frozenset(name.casefold().replace(",", "") for code, name in issuer_codes().values()
                     if issuer_of_code(code) == name)


def _ends_a_national_body(name: str) -> bool:
    """Whether ``name`` ends with a national body's whole name ("Bộ trưởng Bộ Tài chính")."""
    return _ends_in_a_start(name.replace(",", ""), _national_bodies(), 1)


def _ends_in_a_start(name: str, starts: frozenset[str], words_at_least: int) -> bool:
    """Whether the last words of ``name`` (``words_at_least`` of them or more), folded, are among ``starts``."""
    words = name.casefold().split()
    return any(" ".join(words[first:]) in starts for first in range(len(words) - words_at_least + 1))


@cache
def _national_body_starts() -> frozenset[str]:
    """The first words of each national body's name that holds "và" ("bộ khoa học và công" ...), folded: the bodies
    of issuer_codes.tsv and the complete names of issuer_whole_names.txt."""
    starts = set()
    for name in [name for _code, name in issuer_codes().values()] + sorted(_whole_issuers()):
        words = name.casefold().split()
        if "và" in words:
            starts.update(" ".join(words[:n]) for n in range(words.index("và") + 2, len(words) + 1))
    return frozenset(starts)


def _national_body_goes_on(name: str, word: str) -> bool:
    """Whether ``word`` after "và" goes on a national body's name written in lower case ("Bộ trưởng Bộ Khoa học và"
    + "công")."""
    return _ends_in_a_start(name + " " + word, _national_body_starts(), 3)


@cache
def _hyphen_name_parts() -> frozenset[str]:
    """The words around the hyphen of each body's name that holds one ("lao động - thương", "động - thương"), folded."""
    parts = set()
    for _code, name in issuer_codes().values():
        words = name.casefold().split()
        if "-" in words[1:-1]:
            hyphen = words.index("-")
            parts.update(" ".join(words[first:hyphen + 2]) for first in range(hyphen))
    return frozenset(parts)


def _hyphen_goes_on(name: str, word: str) -> bool:
    """Whether a hyphen at a line's start goes on a body's name rather than beginning a list's item ("Bộ Lao động⏎-
    Thương binh và Xã hội")."""
    return _ends_in_a_start(name + " - " + word, _hyphen_name_parts(), 3)


@cache
def _ministry_name_starts() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of each ministry's name (two or more) short of its whole ("bộ lao động - thương"), and of every
    body's name the codes table holds, folded."""
    cut, starts = set(), set()
    for _code, name in issuer_codes().values():
        words = name.casefold().replace(",", "").split()
        prefixes = {" ".join(words[:n]) for n in range(1, len(words) + 1)}
        starts.update(prefixes)
        if words[0] == "bộ":
            cut.update(prefix for prefix in prefixes if " " in prefix and prefix != " ".join(words))
    return frozenset(cut), frozenset(starts)


def _ministry_cut(name: str, word: str) -> bool:
    """Whether a line's end cuts ``name`` inside a ministry's name and ``word`` does not go on with it ("Bộ Lao động -
    Thương⏎⏎lao động, tiền lương …", "Bộ Tài⏎Cột 5: …": a page's footnotes or body come between its words; but "Bộ Lao
    động⏎Thương binh và Xã hội", its hyphen left out, goes on as printed)."""
    cut, starts = _ministry_name_starts()
    name = name.replace(",", "").replace("–", "-")  # (the names' commas left out, an en dash for their hyphen)
    word = word.rstrip(",").replace("–", "-")
    return _ends_in_a_start(name, cut, 2) and not (_ends_in_a_start(name + " " + word, starts, 3) or
                                                  _ends_in_a_start(name + " - " + word, starts, 3))  # (its hyphen left out)


@cache
def _comma_names() -> tuple[tuple[str, str], ...]:
    """(before the comma, from the comma on), folded, of the body names that hold a comma."""
    return tuple((name.split(",", 1)[0].casefold(), "," + name.split(",", 1)[1].casefold())
                 for name in word_list(PACKAGE, "issuer_comma_names.txt"))


# A body of a district or commune named with its province after a comma: "Tòa án nhân dân thành phố Huế, tỉnh Thừa
# Thiên Huế", "Tòa án nhân dân huyện Châu Thành, tỉnh Kiên Giang"
_PROVINCE_AFTER = regex.compile(r",[ \t]*(?P<unit>tỉnh|thành phố)[ \t]+\p{Lu}")
_LOCAL_UNIT = regex.compile(r"(?<![\p{L}])(?P<unit>huyện|quận|thị xã|thị trấn|xã|phường|thành phố)[ \t]+\p{Lu}")


@cache
def _ministry_field_after_comma() -> regex.Pattern:
    """A comma and the name of a ministry without its "Bộ" ("…, Lao động - Thương binh và Xã hội"), from the
    national codes' names."""
    fields = sorted({name[len("Bộ "):] for _code, name in issuer_codes().values() if name.startswith("Bộ ")},
                    key=len, reverse=True)
    return regex.compile(r",\s*(?:" + "|".join(_words_pattern(field) for field in fields) + r")\b",
                         regex.IGNORECASE)


def _comma_goes_on(text: str, end: int, start: int) -> bool:
    """Whether the comma at ``end`` is inside the issuer's name that begins at ``start``: "Bộ trưởng, Chủ nhiệm Văn
    phòng Chính phủ" (one title), "Bộ Văn hóa, Thể thao và Du lịch" (both in issuer_comma_names.txt), a district's
    body with its province after it (a city's with a province only), the ministries of a joint instrument named
    after "liên Bộ" ("liên Bộ Nội vụ, Lao động - Thương binh và Xã hội, Tài chính và Ủy ban Dân tộc")."""
    if text.startswith(("liên Bộ", "Liên Bộ", "liên bộ", "LIÊN BỘ"), start):
        if _ministry_field_after_comma().match(text, end):
            return True
    province = _PROVINCE_AFTER.match(text, end) if text.startswith((", tỉnh ", ", thành phố "), end) else None
    if province:
        unit = _LOCAL_UNIT.search(text, start, end)
        return unit is not None and (province.group("unit") == "tỉnh" or unit.group("unit") != "thành phố")
    return any(text[end - 1:end].casefold() == before[-1:] and  # (a line may break in the name: "Bộ Lao⏎động, Thương")
               " ".join(text[max(0, end - len(before) - 8):end].split()).casefold().endswith(before)
               and " ".join(text[end:end + len(after) + 8].split()).casefold().startswith(after)
               for before, after in _comma_names())


_TERM_AFTER = regex.compile(r"(?: đảng)?(?: khóa \S+)?$")  # "ban chấp hành trung ương đảng khóa xiii"


def _is_whole(name: str) -> bool:
    """Whether an issuer's name read so far is complete (issuer_whole_names.txt), with its term after it."""
    if "*" in name or "|" in name or "\\" in name or "  " in name or not name.isprintable():
        name = strip_markup(name)
    key = name.casefold()
    if key in _whole_issuers():
        return True
    return (" khóa " in key or key.endswith(" đảng")) and _TERM_AFTER.sub("", key) in _whole_issuers()
# Between two mentions of one list ("Tờ trình số X ngày ..., các văn bản số Y ... và Báo cáo số Z"): a comma or
# "và", then "các" perhaps; a ";" ends the list.
# (an article of the next may stand between: "…, Thông tư số 84/2024/TT-BTC ngày 26/11/2024 và Điều 3 Thông tư số
# 41/2025/TT-BTC ngày 16/6/2025 của Bộ trưởng Bộ Tài chính")
_CHAIN_GLUE = regex.compile(r"(?:[ \t]*,|\s+và)\s*(?:và\s+)?(?:các\s+)?(?:(?:khoản\s+\d+\s+)?Điều\s+\d+[a-zđ]?\s+(?:của\s+)?)?",
                            regex.IGNORECASE)
_SO_AT_END = regex.compile(r"(?:số|so)\s*:?\s*$", regex.IGNORECASE)
_NOT_A_NAME = regex.compile(r"\d/|\n\s*\n")
_ABBREVIATION_DOT = regex.compile(r"\p{Lu}\.\p{Lu}|^(?:TP|TT|Tp)\.$")
# What stands between a mention and its date: "ngày ...", "(ban hành ngày ...", "được ký ngày ..."; and for a law,
# tried only when that fails, "được Quốc hội khóa XV thông qua tại kỳ họp thứ 9 ngày ..." (the longer pattern costs
# more, and only a mention whose date the short one misses can need it)
# ("Luật Công an nhân dân số ngày ...": its number left blank; "số 262/2025/NĐ-CP của ngày 14 tháng 10 năm 2025 của
# Chính phủ": a word typed ahead of its place)
_DATE_GLUE_OPEN = r"[\s*]*,?[\s*]*(?:(?:số|của)\s+(?=ngày))?\(?\s*(?:được\s+)?"
_DATE_GLUE_VERB = r"(?:(?:ký|ban hành|ban hanh|thông qua)\s+)?"
_DATE_GLUE_END = r"(?:ngày[ \t]+(?=ngày))?(?=ngày|ngay)"  # the word may be typed twice: "ngày ngày 01/4/2025"
_AFTER_NUMBER_DATE = regex.compile(_DATE_GLUE_OPEN + _DATE_GLUE_VERB + _DATE_GLUE_END, regex.IGNORECASE)
# The Assembly (or its Standing Committee) that adopted a law, as a text names it: "Quốc hội khóa XV", "Quốc hội Nước
# Cộng hòa xã hội chủ nghĩa Việt Nam"
_ASSEMBLY = (r"(?:Ủy\s+ban\s+Thường\s+vụ\s+)?Quốc\s+hội(?:\s+khóa\s+[IVXLC]+)?"
             r"(?:\s+nước\s+Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam)?")
_AFTER_LAW_DATE = regex.compile(
    _DATE_GLUE_OPEN + r"(?:" + _ASSEMBLY + r",?\s+)?" + _DATE_GLUE_VERB
    + r"(?:(?:tại\s+)?kỳ\s+họp\s+thứ\s+[\p{L}\d]+,?\s+)?" + _DATE_GLUE_END, regex.IGNORECASE)
# That Assembly named between the law and its date ("Luật … được Quốc hội khóa XV thông qua tại kỳ họp thứ 9 ngày …"):
# the law's issuer as written
_ADOPTED_BY = regex.compile(r"[\s*]*,?[\s*]*\(?\s*được\s+(?P<body>" + _ASSEMBLY + r")", regex.IGNORECASE)


_LIST_HEADING_REACH = 400


def _list_heading_issuer(text: str, start: int, kind: str, body: str) -> str | None:
    """The issuer a list's heading states for the instruments it lists, when it names the body the mention's code
    names: "các Thông tư của Bộ trưởng Bộ Tài chính: Thông tư số 40/2017/TT-BTC …; Thông tư số 71/2018/TT-BTC …", "các
    Quyết định của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch phê duyệt … (Số 1226/QĐ-BVHTTDL …)": the heading stands
    before the mention in its paragraph, with the mention's kind in the plural ("các")."""
    window_start = max(0, start - _LIST_HEADING_REACH)
    paragraph = text.rfind("\n\n", window_start, start)
    window_start = paragraph + 2 if paragraph >= 0 else window_start
    if text.rfind("các", window_start, start) < 0:
        return None
    headings = list(_list_heading(kind).finditer(text, window_start, start))
    if not headings:
        return None
    found = _issuer_after(text, headings[-1].end())
    if found and collapse_spaces(found[0]).endswith(body):
        return collapse_spaces(found[0])
    return None


@lru_cache(maxsize=64)
def _list_heading(kind: str) -> regex.Pattern:
    """"các <kind> của " (any case, the words broken over lines)."""
    return regex.compile(r"(?<![\p{L}])các\s+" + _words_pattern(kind) + r"\s+của\s+(?=\S)", regex.IGNORECASE)


def _adopting_assembly(text: str, end: int, date_start: int) -> str | None:
    """The Assembly named as adopting a law between the mention's ``end`` and its date, as written."""
    adopted = _ADOPTED_BY.match(text, end, date_start)
    return collapse_spaces(adopted.group("body")) if adopted else None


_AFTER_ISSUER = regex.compile(_no_required_string(r"\s*,?\s*\)?\s*(?:của|cua)\s+(?=\S)"), regex.IGNORECASE)
# A joint instrument's issuers stated "between" ("Thông tư liên tịch số 01/2014/TT-BNV-BXD ngày 21 tháng 8 năm 2014 giữa
# Bộ trưởng Bộ Nội vụ và Bộ trưởng Bộ Xây dựng"): read so only for a number naming several bodies
_BETWEEN_JOINT = regex.compile(r"[ \t]*\n?[ \t]*giữa\s+(?=\S)")
_NEW_ITEM = regex.compile(r"[-+•*|]|\d+[a-zđ]?[.)]|[IVX]+\.|[a-zđ]\)")  # ("2a." an item inserted by an amendment)
# What the regex module's \s matches (Unicode White_Space), spelled out for the standard library's re, whose \s also
# takes U+001C..U+001F.
WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# One word of an issuer's name with the spaces before it. Tried once per word of every name: the standard library's
# re runs this plain pattern at a third of the regex module's cost per call.
_ISSUER_WORD = re.compile(f"([{WHITE_SPACE}]*)([^{WHITE_SPACE},;:()“”\"]+)")


# The most words an issuer's name runs to after its head: joint issuers run long ("Bộ Y tế - Bộ Tài chính - Bộ Lao
# động - Thương binh và Xã hội"); a stop word ends nearly every name well before.
_ISSUER_WORDS_MAX = 20


def _issuer_after(text: str, pos: int) -> tuple[str, int, int] | None:
    """The issuer phrase starting at ``pos`` ("Chính phủ quy định ..." → "Chính phủ"), with its span."""
    head = _issuer_heads_by_start().get(_fold(_LETTERS.match(text, pos).group()))
    head = head and head.match(text, pos)
    if not head:
        return None
    end = head.end()
    # only a head that begins a complete name ("Chính phủ", "Thủ tướng") can make one: the check is spared the others
    may_be_whole = " ".join(head.group().split()).casefold() in _whole_issuer_starts()
    next_word = _ISSUER_WORD.match
    words = 0
    term = False  # the last word was "khóa": the next, the term's number, ends the name
    while words < _ISSUER_WORDS_MAX:
        if text.startswith(",", end) and _comma_goes_on(text, end, pos):
            end += 1
        word = next_word(text, end)
        if not word:
            break
        gap, following = word.groups()
        word_end = word.end()
        emphasis = 0
        if "*" in following:
            # Markdown emphasis: "*" alone ends the name; "*Văn" goes on (emphasis reopened inside the name);
            # "phố.*" closes it, and the name ends there unless the emphasis opens again right after ("Chủ nhiệm*
            # *Văn ...")
            following = following.lstrip("*")
            word_start = word_end - len(following)
            if not following or following[0] in ".!?":
                break  # the sentence (or the emphasis around it) ends with the name
            emphasis = len(following) - len(following.rstrip("*"))
            if emphasis:
                following = following[:-emphasis]
                if _REOPENED.match(text, word_end) and not following.endswith("."):
                    emphasis = 0  # the name goes on; its value drops the markup
                else:
                    word_end -= emphasis
        else:
            word_start = word_end - len(following)
            if following[0] in ".!?":
                break  # the sentence ends with the name
        if following[0].isdecimal() and "/" in following:
            break  # a date or a number is no word of a name ("Xã hội⏎15/12/2024": a table's next column)
        if following in _ARTICLE_WORDS:
            after = next_word(text, word_end)
            if after and after.group(2)[:1].isdecimal():
                break  # nor an article ("Xã hội ban⏎Điều 4"; but "Ban Điều phối")
        footnote = _FOOTNOTE_MARK.search(following) if following[-1] == "]" else None
        if footnote:  # "của UBND tỉnh[1], là ...": a footnote's mark ends the name, and is no part of it
            following = following[:footnote.start()]
            word_end -= len(footnote.group())
            if not following:
                break
        if "\n" in gap:  # a wrapped line goes on; a new paragraph or item does not, unless it goes on in lower case
            # a new paragraph ends the name, and so does a line that does not begin a body's name after a title alone
            # ("của Bộ trưởng⏎việc liên quan đến …": a gazette's footnote cut by the page's body text); unless the
            # name goes on ("Thủ tướng⏎⏎Chính phủ", "của Bộ trưởng⏎⏎Bộ Tài chính": a subject printed in paragraphs)
            title_alone = _is_title(text[pos:end])
            if (gap.count("\n") > 1 and not following[:1].islower() or title_alone and not following[:1].isupper()) \
                    and not (_longer_whole(text[pos:end], following) or title_alone and _begins_a_body(text, word_start)):
                break
            if _ministry_cut(text[pos:end], following):
                break  # (its number's code completes it: _completed_by_code)
            if _NEW_ITEM.match(following) and not (following in ("-", "–") and _hyphen_goes_on(
                    text[pos:end], (next_word(text, word_end) or word).group(2))):
                break
            if following.isupper() and _upper_heading_at(text, word_start) and not text[pos:end].isupper():
                break  # "... Thương binh và Xã hội⏎CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": a form's heading follows
        stop = _stop_at(following)
        if stop is not None and following.isupper() and text[max(pos, word_start - len(gap) - 4):
                                                             word_start - len(gap)].split()[-1:] in (["BỘ"], ["BAN"]):
            # in capitals, the word after "BỘ"/"BAN" begins a body's name ("BỘ GIAO THÔNG VẬN TẢI")
            stop = _stop_at(following.capitalize())
        stops = stop is not None and stop.match(text, word_start) is not None
        if stops and not ((whole_word := following.rstrip(".")).casefold() in _whole_name_later_words()
                          and _longer_whole(text[pos:end], whole_word)):
            # "Bộ Ngoại" + "giao", "Bộ trưởng Bộ Ngoại" + "giao": a whole name goes on (also when a sentence ends with
            # it: "của Bộ trưởng Bộ Ngoại giao.")
            break
        if stop is not None and not stops and _LINE_ENDS.match(text, word_end) and _ends_a_national_body(text[pos:end]):
            break  # "của Bộ trưởng Bộ Tài chính hướng⏎chiếu hoặc …": a stop ("hướng dẫn") cut by a page's end
        if may_be_whole and words < 9 and following.casefold() not in ("khóa", "đảng") and _is_whole(text[pos:end]) and \
                not _longer_whole(text[pos:end], following):
            break  # "Chính phủ đảm bảo ...", "CHÍNH PHỦ VỀ ...", "Quốc hội khóa XV thông qua ...": it was complete
        if following == "và":  # "Sở Thông tin và Truyền thông" goes on; "Bộ Tài chính và khả năng ..." does not,
            # unless a whole name goes on in lower case ("Bộ Khoa học và công nghệ")
            after = next_word(text, word_end)
            if not after or not after.group(2)[:1].isupper() and not _national_body_goes_on(text[pos:word_end],
                                                                                             after.group(2)):
                break
        if following[-1] == "." and len(following) > 1 and not _ABBREVIATION_DOT.search(following):
            end = word_end - 1
            break
        end = word_end
        words += 1
        if emphasis or footnote or text[end:end + 1] in {",", ";", ":", "(", ")", "“", "”", '"'} and not \
                _comma_goes_on(text, end, pos):
            break
        if term:
            break  # the term ends the name ("Hội nghị Trung ương 6 khóa XII⏎Các bộ ...")
        term = following in _TERM_WORDS
    if text.endswith("và", pos, end) and text[end - 3:end - 2].isspace():
        end = _SPACES_BEFORE.match(text, pos, end - 2).start()  # no name ends with "và" ("... Nhà nước và⏎Khoản 2")
    elif text.startswith((" (kh", "(kh"), end):
        term_in_brackets = _TERM_IN_BRACKETS.match(text, end)
        if term_in_brackets:  # "của Ban Bí thư Trung ương Đảng (khóa IV)": the party's term, as written
            end = term_in_brackets.end()
    value = strip_markup(text[pos:end]).rstrip(".")
    return value, pos, end


_TERM_IN_BRACKETS = regex.compile(r"[ \t]?\((?:khóa|khoá|Khóa)[ \t]+[IVXLC]+\)")


def _is_title(name: str) -> bool:
    """Whether an issuer's name read so far is an office holder's title alone ("Bộ trưởng"): its body's name follows."""
    return " ".join(name.split()).upper() in signer_titles()


def _begins_a_body(text: str, word_start: int) -> bool:
    """Whether the word at ``word_start`` begins a body's name ("của Bộ trưởng⏎⏎Bộ Tài chính": a subject printed in
    paragraphs)."""
    head = _issuer_heads_by_start().get(_fold(_LETTERS.match(text, word_start).group()))
    return head is not None and head.match(text, word_start) is not None


_TERM_WORDS = frozenset(("khóa", "Khóa", "KHÓA"))
_SPACES_BEFORE = regex.compile(r"\s+", regex.REVERSE)
_ARTICLE_WORDS = frozenset(("Điều", "ĐIỀU", "Khoản", "Chương", "CHƯƠNG", "Mục", "MỤC"))


def _upper_heading_at(text: str, start: int) -> bool:
    """Whether the line from ``start`` is a heading in capitals of two words or more."""
    end = text.find("\n", start)
    words = text[start:end if end >= 0 else len(text)].split()
    return len(words) >= 2 and all(word.isupper() or not any(c.isalpha() for c in word) for word in words)


# (a line may break after the comma; "giữa Bộ Y tế với Bộ Công Thương với Bộ Nông nghiệp …")
# (a paragraph ending with "và" goes on: no name ends so; a web copy prints a subject's lines as paragraphs)
_JOINT_SEPARATOR = regex.compile(r"(?:(?:,|[ \t]+với)[ \t]*\n?|[ \t]+và\s*)[ \t]*(?=\S)")


_JOINT_TYPE_CODES = frozenset({"TTLB", "TTLT", "NQLT"})
_JOINT_BODIES_MAX = 8


def _bodies_named(parsed: ParsedNumber) -> int:
    """How many bodies a number's codes name: "BGDĐT-BNV-BTC" three; a joint circular of before 1996 without its year
    ("11/TTLB-NV-NG") names its second body where a công văn has its drafting unit; one with its type code alone
    ("11/TTLB") names none, and the bodies its words name after it are all its issuers."""
    if parsed.issuer_code is None and parsed.type_code in _JOINT_TYPE_CODES:
        return _JOINT_BODIES_MAX
    count = parsed.issuer_code.count("-") + 1 if parsed.issuer_code else 0
    if parsed.unit_code and parsed.type_code in _JOINT_TYPE_CODES:
        count += parsed.unit_code.count("-") + 1
    return count


def _joint_issuers(text: str, found: tuple[str, int, int], more: int) -> tuple[str, int, int]:
    """The issuers of a joint instrument, whose number names several bodies ("07/2013/TTLT-BGDĐT-BNV-BTC ... của Bộ
    trưởng Bộ Giáo dục và Đào tạo, Bộ trưởng Bộ Nội vụ và Bộ trưởng Bộ Tài chính"): the names after a comma, "với"
    or "và" (after a name complete in itself: "của Bộ Ngoại giao và Tổng cục Bưu điện") that begin with an issuer's
    head go on, at most ``more`` of them."""
    _, start, end = found
    for _ in range(more):
        comma = _JOINT_SEPARATOR.match(text, end)
        following = _issuer_after(text, comma.end()) if comma else None
        if following is None:
            break
        end = following[2]
    if end == found[2]:
        return found
    return strip_markup(text[start:end]).rstrip("."), start, end


_FOOTNOTE_MARK = regex.compile(r"\[\^?\d{1,3}\]$")  # "[1]", Markdown's "[^1]"
_REOPENED = regex.compile(r"[ \t]*\*+(?=\p{L})")  # emphasis opening again right after it closed
_ISSUER_BEFORE = regex.compile(r"(?:của|Của)\s+(?=\S)")
_GLUE_AFTER_ISSUER = regex.compile(r"\s*(?:tại|theo|qua)\s", regex.IGNORECASE)
_BEFORE_GLUE = regex.compile(r"\s*(?:tại|theo|qua)\s*(?:các\s+)?$", regex.IGNORECASE)


def _issuer_inside(text: str, start: int, number_start: int) -> str | None:
    """The issuer stated between a mention's kind words and its number ("báo cáo thẩm định của Sở Tư pháp số ...")."""
    at = text.rfind("của ", start, number_start)
    found = _issuer_after(text, at + 4) if at >= 0 else None
    return found[0] if found and _REST_DIRECT.fullmatch(text, found[2], number_start) else None


def _issuer_before(text: str, start: int) -> str | None:
    """"Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số ...": the issuer stated before the mention."""
    window_start = max(0, start - 160)
    # the last "của"/"Của" followed by spaces and a word before the mention (str.rfind: no pattern scan)
    at = max(text.rfind("của", window_start, start), text.rfind("Của", window_start, start))
    while at >= 0:
        candidate = _ISSUER_BEFORE.match(text, at, start)
        if candidate:
            break
        at = max(text.rfind("của", window_start, at), text.rfind("Của", window_start, at))
    else:
        return None
    found = _issuer_after(text, candidate.end())
    if found and _BEFORE_GLUE.fullmatch(text, found[2], start):
        return found[0]
    # "của A tại Tờ trình số X và B tại Tờ trình số Y": the issuer of Y follows a "và" of the same clause (only
    # when A is an issuer stated for a mention the same way)
    if not found or not _GLUE_AFTER_ISSUER.match(text, found[2]):
        return None
    at = text.rfind(" và ", candidate.end(), start)
    while at >= 0:
        found = _issuer_after(text, at + 4)
        if found and _BEFORE_GLUE.fullmatch(text, found[2], start):
            return found[0]
        at = text.rfind(" và ", candidate.end(), at)
    return None


_DATE_IN_WORDS = regex.compile(DAY_WORDS + DATE_END, regex.IGNORECASE)


def _date_after(text: str, pos: int, day_dates: dict[int, DateMention], number_year: int | None = None):
    """The full date stated right after a mention ("ngày 09/02/2017", "được ban hành ngày ..."). ``day_dates``
    holds the dates find_dates already read, by start: one found there is the one the pattern below would read.
    ``number_year``: the year of the mention's number, which a year with a footnote's mark glued to it must give."""
    if text.startswith(" ngày", pos):
        end = pos + 1  # the common layout, where the patterns below end their glue (the tests check)
        if text.startswith("ngày ngày", end):  # the word typed twice ("số 78/2025/NĐ-CP ngày ngày 01/4/2025")
            end += 5
    else:
        glue = _AFTER_NUMBER_DATE.match(text, pos) or _AFTER_LAW_DATE.match(text, pos)
        if not glue and (text.startswith(" on ", pos) or text.startswith(" dated ", pos)):
            return _english_date_after(text, pos)  # a bilingual form: "Law 50/2005/QH10 on ... dated 29 November 2005"
        if not glue:
            # "Nghị định số 25/2022/NĐ-CP 12 tháng 4 năm 2022": a date in words right after it, its "ngày" left out
            words = _DATE_IN_WORDS.match(text, pos + 1) if text[pos + 1:pos + 2].isdigit() and text[pos] == " " else None
            return date_from_match(words) if words else None
        end = glue.end()
    found = day_dates.get(end)
    if found is not None:
        return found
    match = FULL_DATE_AT_START.match(text, end) or _DATE_WORDS_MISTYPED.match(text, end)
    if not match:
        cut = _DATE_WORDS_CUT.match(text, end) if number_year else None
        if cut:  # "121/2016/NĐ-CP ngày 24 tháng 8 năm⏎⏎1 Tên gọi này …": its year is the number's
            return make_date(text, cut.start(), cut.end(), int(cut.group("wd")), int(cut.group("wm")), number_year,
                             "day", "words")
        match = _DATE_WORDS_MARKED.match(text, end)
        if not match:
            return None
        if number_year not in (None, int(match.group("wy") or match.group("ny"))):
            return _year_misprinted(match, number_year)
    return date_from_match(match)


def _year_misprinted(match: regex.Match, number_year: int) -> DateMention | None:
    """A date whose year holds one digit too many that is no footnote's mark ("33/2016/QĐ-TTg ngày 19 tháng 8 năm
    20216", "49/2018/NĐ-CP ngày 30 tháng 3 năm 20218": not 2021 and a mark, the number says 2016, 2018): the number's
    year, when taking one digit out of the printed ones gives it."""
    year_group = "wy" if match.group("wy") else "ny"
    printed = match.string[match.start(year_group):match.end()].rstrip()
    wanted = str(number_year)
    if len(printed) != 5 or not any(printed[:i] + printed[i + 1:] == wanted for i in range(5)):
        return None
    day, month = (match.group("wd"), match.group("wm")) if year_group == "wy" else (match.group("nd"), match.group("nm"))
    return make_date(match.string, match.start(), match.end(), int(day), int(month), number_year, "day",
                     "words" if year_group == "wy" else "numeric")


_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December")
_ENGLISH_DATE_AFTER = regex.compile(
    r" (?:on [^;.\n/]{1,80}? )?(?P<word>dated|on) (?:(?P<d1>\d{1,2}) (?P<m1>" + "|".join(_ENGLISH_MONTHS) + r")|(?P<m2>"
    + "|".join(_ENGLISH_MONTHS) + r") (?P<d2>\d{1,2})(?:st|nd|rd|th)?,?) (?P<y>(?:19|20)\d\d)(?!\d)")


def _english_date_after(text: str, pos: int) -> DateMention | None:
    """The date an English mention gives in a bilingual form ("Law 54/2014/QH13 on Customs dated 23 June 2014",
    "dated November 29th 2005", "Circular No 96/2020/TT-BTC on November 16, 2020"); the dates table keeps to
    Vietnamese."""
    found = _ENGLISH_DATE_AFTER.match(text, pos)
    if not found:
        return None
    day, month = (found.group("d1"), found.group("m1")) if found.group("d1") else (found.group("d2"), found.group("m2"))
    start = found.start("word")
    return make_date(text, start, found.end(), int(day), _ENGLISH_MONTHS.index(month) + 1, int(found.group("y")),
                     "day", "words")


_ENGLISH_DATE_WORDS = ("on ", "dated ")
# The issuer an English mention names after its date: "of the Minister of Finance", "of the Government", "of the
# State Bank of Vietnam" (capitalised words, "of"/"and"/"for" between them)
_ENGLISH_ISSUER_AFTER = regex.compile(
    r"\s+of\s+(?:the\s+)?(?P<body>\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*)")


def _english_issuer_after(text: str, pos: int) -> tuple[str, int, int] | None:
    """The issuer an English mention in a bilingual form names after its date, with its span."""
    found = _ENGLISH_ISSUER_AFTER.match(text, pos)
    return (collapse_spaces(found.group("body")), found.start("body"), found.end("body")) if found else None


# A date in words with one word mistyped ("ngày 15 tháng 9 tháng 2022", "ngày 27 năm 12 năm 2019", an OCR's "ngày 31
# ngày 12 năm 2020"): read after a
# mention only, where nothing else can stand (the dates table keeps to the words as they should be)
_DATE_WORDS_MISTYPED = regex.compile(
    r"(?:ngày|ngay)[ \t*]*(?P<wd>\d{1,2})\s+(?:tháng|năm|ngày)\s+(?P<wm>\d{1,2})\s+(?:tháng|năm)\s+"
    r"(?P<wy>(?:19|20)\d{2})" + DATE_END, regex.IGNORECASE)


# A date in words whose year a page's footnotes cut off: "năm" ends its line and a blank line follows (the year is
# printed on the next page, after the footnotes and the page's furniture)
_DATE_WORDS_CUT = regex.compile(r"(?:ngày|ngay)[ \t*]*(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s+năm(?=[ \t]*\n[ \t]*\n)",
                                regex.IGNORECASE)
# A gazette's footnote mark glued to the year ("Luật Nhà ở số 27/2023/QH15 ngày 27 tháng 11 năm 20237": 2023, note 7;
# "Số 140/2018/NĐ-CP⏎ngày 08/10/20181"): read after a mention only, when the number's year agrees (the dates table
# keeps to four digits)
_DATE_WORDS_MARKED = regex.compile(
    r"(?:ngày|ngay)[ \t*]*(?:(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s+năm\s+(?P<wy>(?:19|20)\d{2})"
    r"|(?P<nd>\d{1,2})/(?P<nm>\d{1,2})/(?P<ny>(?:19|20)\d{2}))\d{1,2}" + DATE_END, regex.IGNORECASE)


_CLAUSE_START = regex.compile(r"(?:\n|;|\.\s|:\s)[^\n;]*$")
_CONTEXT_CAN_CU = regex.compile(r"^[\s*\-+•|]*(?:căn\s+cứ)", regex.IGNORECASE)
_CONTEXT_FIRST = frozenset("cCtT")  # the first letters of "căn cứ" and of the words of _CONTEXT_THUC_HIEN
_CONTEXT_THUC_HIEN = regex.compile(
    r"^[\s*\-+•|]*(?:thực\s+hiện|triển\s+khai|theo|thi\s+hành|trên\s+cơ\s+sở|tiếp\s+theo)(?![\p{L}])",
    regex.IGNORECASE)


# The spaces and the marks the context patterns skip before their words: what a clause's words can follow.
_CLAUSE_LEAD = SPACE_CHARS + "*-+•|"
# the words whose ";" list is of what is carried out, beginning the sentence (a capital: "thi hành" at a line's start
# may be a table cell's wrapped words)
_CONTEXT_THUC_HIEN_LIST = regex.compile(r"^[\s*\-+•|]*(?:Thực\s+hiện|THỰC\s+HIỆN|Triển\s+khai|TRIỂN\s+KHAI|Thi\s+hành"
                                        r"|THI\s+HÀNH)(?![\p{L}])")


def context_of(text: str, start: int) -> str:
    """can_cu when the mention stands in a "Căn cứ ..." clause, thuc_hien after "Thực hiện/Triển khai/Theo": the
    clause after the last ";" before it in its sentence, whose lines a print may have wrapped ("Căn cứ Luật Hải
    quan … bởi Luật⏎số 90/2025/QH15;"); else the sentence's, when it lists several bases after one "Căn cứ"
    ("Căn cứ Luật …; Luật sửa đổi …;", "Căn cứ Nghị định số 78/2025/NĐ-CP …; Nghị định số 187/2025/NĐ-CP …;") or
    what is carried out after one "Thực hiện" ("Thực hiện Chỉ thị số 46-CT/TW …; Hướng dẫn số 7886/HD-BNV …")."""
    sentence = _sentence_start(text, start)
    # the ";" is looked for in the mention's sentence only: a search back to the text's start for each mention of a
    # text without ";" would make the pass quadratic
    semicolon = text.rfind(";", sentence, start)
    found = _clause_context(text[max(sentence, semicolon + 1):start])
    if found == "body" and semicolon >= 0 and start - sentence <= _LISTED_BASES_REACH:
        return _clause_context(text[sentence:start], listed=True)
    return found


_LISTED_BASES_REACH = 1500  # a sentence of several bases; past it, a text printed as one line (its body after a basis)
_WRAPPED_REACH = 600  # the lines of one sentence that a print wrapped, back from the mention
_SENTENCE_ENDS = frozenset(".;:!?")


def _sentence_start(text: str, start: int) -> int:
    """The start of the line the mention's sentence begins on: back over the lines a print wrapped (a line that
    does not end with a sentence's or a clause's mark, "*" and spaces aside), to a blank line, within
    _WRAPPED_REACH characters."""
    floor = max(0, start - _WRAPPED_REACH)
    line = text.rfind("\n", 0, start) + 1
    while line > floor:
        before = text[max(floor, line - 8):line - 1].rstrip(" \t*")
        if not before or before[-1] in _SENTENCE_ENDS or "\n" in before[-1:]:
            return line  # a blank line, or the previous line ends its sentence
        if _begins_a_clause(text, line):
            return line  # "Căn cứ", "Thực hiện" in capitals begin a line's sentence, whatever the line before
        previous = text.rfind("\n", 0, line - 1) + 1
        if text[previous:line - 1].strip(" \t*") == "":
            return line
        line = previous
    return line


def _begins_a_clause(text: str, line: int) -> bool:
    head = text[line:line + 40]
    lead = head.lstrip(_CLAUSE_LEAD)
    return lead[:1] in ("C", "T") and (_CONTEXT_CAN_CU.match(head) or _CONTEXT_THUC_HIEN.match(head)) is not None


def _clause_context(clause: str, listed: bool = False) -> str:
    """The context a clause's first words give; ``listed``: a sentence's first clause, for what its ";" list goes on
    with ("Căn cứ …; …", "Thực hiện Chỉ thị …; Hướng dẫn …": not after "Theo …;", where a sentence goes on with
    anything)."""
    if clause.lstrip(_CLAUSE_LEAD)[:1] not in _CONTEXT_FIRST:
        return "body"  # no clause word can begin there
    if _CONTEXT_CAN_CU.match(clause):
        return "can_cu"
    if (_CONTEXT_THUC_HIEN_LIST if listed else _CONTEXT_THUC_HIEN).match(clause):
        return "thuc_hien"
    return "body"


_LAW_KINDS = ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp")
# (also "… một số điều có liên quan đến quy hoạch của Luật Giao thông đường bộ số 23/2008/QH12, …": an amending law named
# by the subject of its amendments, whose enacting formula gazette footnotes quote)
_AMENDING_BEFORE = regex.compile(r"Luật\s+sửa\s+đổi,?\s+bổ\s+sung(?:\s+một\s+số\s+điều)?"
                                 r"(?:\s+có\s+liên\s+quan\s+đến(?:\s+[^\s,;.]+){1,4}?)?(?:\s+của)?\s+$",
                                 regex.IGNORECASE)


def _kind_right_before(text: str, number_start: int) -> tuple[str | None, None, int] | None:
    """The common case of _kind_before: kind words right before the number ("Nghị định số ")."""
    window_start = max(0, number_start - WINDOW)
    direct = _kind_direct().search(text[window_start:number_start])
    if direct:
        return _kind_of_words(direct.group("kind")), None, window_start + direct.start()
    return None


# A form's sibling mention whose number is left blank, the issuer both share after it: "Thông tư số 22/2019/TT-BTC
# ngày 16/4/2019 và Thông tư số …./2026/TT-BTC ngày …../…./2026 của Bộ trưởng Bộ Tài chính"
_BLANK_SIBLING = regex.compile(r"\s+và\s+(?:Thông\s+tư|Nghị\s+định|Quyết\s+định|Nghị\s+quyết)\s+số\s*[.…]+\s*/\s*\d{4}/"
                               r"[^\s,;]+(?:\s+ngày[\s.…/\d]*?)?\s+của\s+(?=\S)")


# A name does not begin with "tại": "quy định tại Phụ lục IV ban hành kèm theo số 33/2026/NĐ-CP" (the verb "quy định",
# "provided at", and a misprint that left out the kind) names no Quy định
_AT_A_PLACE = regex.compile(r"\s+tại\s")


def _kind_before(text: str, number_start: int) -> tuple[str | None, str | None, int] | None:
    """Kind words before a number, when they are not right before it: (kind or "*" for generic words, name,
    start of the mention). A law may stand between them with its name ("Luật Đất đai số 31/2024/QH15")."""
    window_start = max(0, number_start - WINDOW)
    window = text[window_start:number_start]
    pattern = _kind_table()[0]
    found = []
    for match in _kind_table_reversed().finditer(window):  # from the end: the nearest kind words first
        found.insert(0, match)
        if len(found) == 4:
            break
    for match in reversed(found):  # a law with its name first: its name may hold kind words ("văn bản")
        if _kind_of_words(match.group(0)) in _LAW_KINDS:
            law_end = _law_name_end(window, match.start(), match.end(), match.group(0).isupper())
            if law_end is not None and _REST_DIRECT.fullmatch(window, law_end):
                start = match.start()
                kind = _kind_of_words(match.group(0))
                amending = _AMENDING_BEFORE.search(window, 0, start)
                if amending and amending.end() == start:
                    # the amending law's number: "Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng hình sự số
                    # 02/2021/QH15" is a Luật, whatever it amends
                    start, kind = amending.start(), "Luật"
                return kind, collapse_spaces(window[start:law_end]), window_start + start
    for match in reversed(found):
        rest_start = match.end()
        kind = _kind_of_words(match.group(0))
        if _REST_DIRECT.fullmatch(window, rest_start):
            return kind, None, window_start + match.start()
        if kind in _LAW_KINDS:
            continue
        named = _REST_NAMED.fullmatch(window, rest_start)
        if named and not pattern.search(named.group("name")) and not _NOT_A_NAME.search(named.group("name")) and \
                not _AT_A_PLACE.match(named.group("name")):
            name = collapse_spaces(match.group(0) + named.group("name"))
            return kind, name, window_start + match.start()
    return None


def find_numbered(text: str, day_dates: dict[int, DateMention]) -> list[Citation]:
    """Numbered mentions, in text order."""
    citations: list[Citation] = []
    non_citation = _non_citation_tail()
    form_end = -1  # where the last number that is no citation ends (a form's: "mẫu số 15/BCQT-NVL/GSQL")
    previous: Citation | None = None
    previous_before = None  # the issuer the previous mention took from before it
    web = may_hold_web_addresses(text)
    for match in iter_numbers(text):
        if web and in_web_address(text, match.start()):
            continue  # a link's query ("…&Keyword=S%E1%BB%91%2031/2015/N%C4%90-CP"): no mention
        parsed = parse_number(match)
        if parsed is None:
            match = without_glued_word(match)  # "35/2025/QĐ-TTgcủa": a code in small letters is none
            parsed = parse_number(match) if match else None
            if parsed is None:
                continue
        # No kind word ends with a non-citation word (tests/test_citations.py checks the lexicons): a number right
        # after kind words needs no look for one.
        kind_found = _kind_right_before(text, match.start())
        if kind_found is None:
            before = text[max(0, match.start() - 40):match.start()]
            if non_citation.search(before) or form_end >= 0 and _ENUM_GLUE.fullmatch(text, form_end, match.start()):
                form_end = match.end()  # and the numbers listed after it ("…, 15a/BCQTSP-GSQL và 16/ĐMTT-GSQL")
                continue
            kind_found = _kind_before(text, match.start())
        name = None
        kind_source = "words"
        if kind_found:
            kind, name, start = kind_found
        elif previous is not None and _ENUM_GLUE.fullmatch(text, previous.end, match.start()):
            kind, start, kind_source = previous.kind, _enum_start(text, previous.end, match.start()), "enumeration"
            if previous.kind_source == "code":  # "các văn bản số 364/TTr-…, số 1518/BNG-…": each its own code's kind
                kind = kind_of_type_code(parsed.type_code) or ("Công văn" if parsed.form == "cong_van" else kind)
                kind_source = "code"
            else:
                # "Quyết định số 53/2010/QĐ-TTg; số 01/2012/TTLT-BQP-BLĐTBXH-BTC": a code of another kind is its own
                # (not "Thông tư" for "Thông tư liên tịch": joint circulars of old had TT codes)
                coded = kind_of_type_code(parsed.type_code)
                if coded and not (coded.startswith(kind) or kind.startswith(coded)):
                    kind, kind_source = coded, "code"
        else:
            kind, start = "*", match.start()
            glue = _SO_AT_END.search(before)
            if glue:
                start = match.start() - (len(before) - glue.start())
        if kind == "*" or kind is None:
            kind = kind_of_type_code(parsed.type_code) or ("Công văn" if parsed.form == "cong_van" else None)
            kind_source = "code"
            if kind is None and parsed.issuer_code and parsed.issuer_code.startswith(_ASSEMBLY_CODES):
                far = _assembly_kind_before(text, match.start(), previous.end if previous else 0)
                if far:  # the mention begins at its kind words; a law's name is what stands between
                    kind, kind_source = _kind_of_words(far.group()), "words"
                    between = text[far.end():start]
                    if not _NOT_A_NAME.search(between) and "://" not in between:  # (a table's other columns)
                        if kind in _LAW_KINDS and between.strip(" \t\n*"):
                            name = collapse_spaces(text[far.start():start]).rstrip(" ,;:(*")
                        start = far.start()
        end = match.end()
        date = _date_after(text, end, day_dates, parsed.year)
        if date is None and parsed.year is None and kind in _LAW_KINDS:
            title = _OLD_TITLE_BEFORE_DATE.match(text, end)  # "Pháp lệnh số 10-LCT/HĐNN7 sửa đổi một số điều về thuế
            date = _date_after(text, title.end(), day_dates) if title else None  # công thương nghiệp ngày 26 …"
        if date is not None:
            end = date.end
        issuer = None
        issuer_source = None
        found = _issuer_stated_after(text, start, match.start(), end)
        if found is None and date is not None and text.startswith(_ENGLISH_DATE_WORDS, date.start):
            found = _english_issuer_after(text, end)  # "… on November 16, 2020 of the Minister of Finance)"
        bodies = _bodies_named(parsed)
        if found is None and bodies > 1:
            between = _BETWEEN_JOINT.match(text, end)
            found = _issuer_after(text, between.end()) if between else None
        if found and bodies > 1:
            found = _joint_issuers(text, found, bodies - 1)
        if found:
            issuer, _, end = found[0], found[1], found[2]
            issuer_source = "text"
            if parsed.issuer_code and _BREAK_AFTER.match(text, end):
                issuer = _completed_by_code(issuer, parsed.issuer_code)
            if date is None:  # "Nghị định số 55/2025/NĐ-CP của Chính phủ ngày 02 tháng 3 năm 2025"
                date = _date_after(text, end, day_dates, parsed.year)
                if date is not None:
                    end = date.end
        elif "và" in text[end:end + 8]:
            sibling = _BLANK_SIBLING.match(text, end)
            shared = _issuer_after(text, sibling.end()) if sibling else None
            if shared:  # "… 22/2019/TT-BTC ngày 16/4/2019 và Thông tư số …./2026/TT-BTC ngày …/…/2026 của Bộ trưởng …"
                issuer, issuer_source = shared[0], "text"
        if issuer is None and name and "của" in name and kind not in _LAW_KINDS:
            # "báo cáo thẩm định của Sở Tư pháp số 316/BC-STP" (a law's "của" is what it amends: "… của Bộ luật …")
            issuer = _issuer_inside(text, start, match.start())
        if issuer is None:
            issuer = _issuer_before(text, start)
            if issuer is None and previous_before and _CHAIN_GLUE.fullmatch(text, previous.end, start):
                issuer = previous_before  # "của A tại Tờ trình số X ngày ..., Công văn số Y ...": Y is A's too
            previous_before = issuer
            issuer_source = "text" if issuer else None
        else:
            previous_before = None
        if issuer is None:
            by_code = issuer_of_code(parsed.issuer_code)
            if by_code:
                issuer, issuer_source = by_code, "code"
                heading = _list_heading_issuer(text, start, kind, by_code)
                if heading:
                    issuer, issuer_source = heading, "text"
        if date is not None and kind in _LAW_KINDS and issuer_source != "text":
            adopted = _adopting_assembly(text, match.end(), date.start)
            if adopted:
                issuer, issuer_source = adopted, "text"
        number_start, number_end = match.span()
        citation = Citation(  # positional, in the order of Citation's fields (a keyword call costs three times more)
            start, end, text[start:end], kind, parsed.number, name,
            parsed.is_normative or kind in _LAW_KINDS, parsed.type_code, parsed.issuer_code,
            date.iso if date else None, date.valid if date else True,
            issuer, issuer_source, context_of(text, start), kind_source, number_start, number_end,
            date.start if date else None, date.end if date else None,
        )
        citations.append(citation)
        previous = citation
    _share_enumeration_dates(text, citations)
    _share_chain_issuers(text, citations)
    return citations


# An old ordinance's or law's title between its number (of no year) and its date, in small letters: "Pháp lệnh số
# 10-LCT/HĐNN7 sửa đổi một số điều về thuế công thương nghiệp ngày 26 tháng 02 năm 1983"
_OLD_TITLE_BEFORE_DATE = regex.compile(r"(?:[ \t]*\n?[ \t]*\p{Ll}+){1,16}?(?=[ \t]*\n?[ \t]*ngày[ \t]+\d)")
_BREAK_AFTER = regex.compile(r"[ \t*-]*(?:\n|$)")  # what ends a name the text cuts: its line's end


def _name_key(name: str) -> str:
    return " ".join(name.replace("-", " ").split()).casefold()


def _completed_by_code(issuer: str, code: str) -> str:
    """An issuer the text cuts short at a line's end, completed by the body its number's code names: a page's
    footnotes or a page break between its words ("của Bộ trưởng Bộ Lao động -⏎⏎16 Điều này …", an OCR's "của Bộ
    trưởng Bộ Tài⏎⏎Toàn bộ quy định", a table's cell "Bộ Lao động Thương"). Its body's words, two at least, must
    begin the code's name; a ministry's first word alone ("của Bộ⏎"), its minister's title alone ("của Bộ
    trưởng⏎": a gazette's footnote cut by the page's end) or with that word ("của Bộ trưởng Bộ⏎") takes the
    ministry's whole name."""
    name = issuer_of_code(code)
    if not name or issuer.endswith(name):
        return issuer
    if name.startswith("Bộ "):
        if issuer == "Bộ":
            return name
        if " ".join(issuer.split()).casefold() in ("bộ trưởng", "bộ trưởng bộ"):  # (the title, "Bộ" after it or not)
            return " ".join(issuer.split()[:2]) + " " + name
    at = issuer.rfind(name.split(None, 1)[0] + " ")
    body = issuer[at:] if at >= 0 else ""
    if len(body.split()) < 2:
        return issuer
    cut, whole = _name_key(body), _name_key(name)
    if len(cut) < len(whole) and whole.startswith(cut) and whole[len(cut)] == " ":
        return issuer[:at] + name
    return issuer


def _share_chain_issuers(text: str, citations: list[Citation]) -> None:
    """"Nghị quyết số 11/2022/NQ-HĐND ngày ... và Nghị quyết số 22/2023/NQ-HĐND ngày ... của Hội đồng nhân dân tỉnh
    Thừa Thiên Huế": mentions listed one after the other (a comma or "và" between) with the same issuer code share the
    issuer the last states, when they state none."""
    for index in range(len(citations) - 2, -1, -1):
        mention, following = citations[index], citations[index + 1]
        if mention.issuer_source == "text" or following.issuer_source != "text" or not mention.issuer_code or \
                mention.issuer_code != following.issuer_code or not _CHAIN_GLUE.fullmatch(text, mention.end,
                                                                                        following.start):
            continue
        mention.issuer, mention.issuer_source = following.issuer, "text"


_COURT_DECISION = regex.compile(r"(?<![\p{L}])(?:(?:bản\s+án|sơ\s+thẩm|phúc\s+thẩm|giám\s+đốc\s+thẩm|tái\s+thẩm)"
                                r"(?![\p{L}])|kháng\s+nghị)", regex.IGNORECASE)
# A court named right after a judgment or a court's decision, without "của": "Bản án dân sự sơ thẩm số 08/2006/DSST
# ngày 21/6/2006 Tòa án nhân dân thành phố Huế", "Quyết định kháng nghị số 708/2009/KN-DS ngày 10/12/2009 Chánh án
# Tòa án nhân dân tối cao", "Bản án ... ngày 13/5/1977, Tòa án nhân dân tỉnh Bình Trị Thiên xử"
_COURT_AFTER = regex.compile(_no_required_string(
    r"[ \t]*,?[ \t]*\n?[ \t]*(?=(?:Tòa|TÒA|Chánh\s+án|Viện\s+kiểm\s+sát|Viện\s+trưởng)(?![\p{L}]))"))


def _issuer_stated_after(text: str, start: int, number_start: int, end: int) -> tuple[str, int, int] | None:
    """The issuer stated right after a mention that ends at ``end``: after "của", or a court named after its
    judgment or decision."""
    glue = _AFTER_ISSUER.match(text, end) or _court_issuer_glue(text, start, number_start, end)
    return _issuer_after(text, glue.end()) if glue else None


def _court_issuer_glue(text: str, start: int, number_start: int, end: int) -> regex.Match | None:
    """What stands between a court's judgment or decision and the court named right after it, when the kind words
    before the number name one."""
    if "Tòa" not in text[end:end + 6] and "TÒA" not in text[end:end + 6] and "Chánh" not in text[end:end + 8] and \
            "Viện" not in text[end:end + 8]:
        return None
    if not _COURT_DECISION.search(text, start, number_start):
        return None
    return _COURT_AFTER.match(text, end)


# A court judgment cited by its sequence alone ("Bản án phúc thẩm số 43 ngày 13/5/1977"): no "/" to find it by, so it
# is read after its kind words only (its first letter a class, not two words: scanned for twice as fast)
_JUDGMENT_BY_SEQUENCE = regex.compile(
    r"(?<![\p{L}])[Bb]ản\s+án(?:\s+\p{Ll}+){0,4}?\s+số\s*:?\s*(?P<seq>\d{1,5})"
    r"(?![\d/\p{L}]|[.,]\d)")


def find_judgments_by_sequence(text: str, day_dates: dict[int, DateMention]) -> list[Citation]:
    """Court judgments cited by their sequence alone, with the date and the court that follow."""
    if "ản án" not in text:  # (a judgment cited in capitals by its sequence alone is left: a scan of the text less)
        return []
    found = []
    for match in _JUDGMENT_BY_SEQUENCE.finditer(text):
        found.append(_mention_after_kind_words(text, _JUDGMENT, match.start(), *match.span("seq"), None, day_dates))
    return found


def _mention_after_kind_words(text: str, kind: str, start: int, number_start: int, number_end: int,
                              issuer_code: str | None, day_dates: dict[int, DateMention]) -> Citation:
    """A mention read after its kind words by a finder of its own (a judgment by its sequence, an old hyphenated
    number), with the date and the issuer stated after it; else the issuer its code names."""
    end = number_end
    date = _date_after(text, end, day_dates)
    if date is not None:
        end = date.end
    issued = _issuer_stated_after(text, start, number_start, end)
    if issued:
        issuer, source, end = issued[0], "text", issued[2]
    else:
        issuer = issuer_of_code(issuer_code)
        source = "code" if issuer else None
    return Citation(start, end, text[start:end], kind, text[number_start:number_end], None, False, None, issuer_code,
                    date.iso if date else None, date.valid if date else True, issuer, source, context_of(text, start),
                    "words", number_start, number_end, date.start if date else None, date.end if date else None)


@cache
def _old_hyphen_codes() -> tuple[str, ...]:
    """"-CP", "-TTg", "-HĐBT", "-CT": the issuer codes of the 1970s and 1980s numbers, after their hyphen."""
    return tuple("-" + code for code in word_list(PACKAGE, "old_hyphen_codes.txt"))


def find_hyphenated_old_numbers(text: str, day_dates: dict[int, DateMention]) -> list[Citation]:
    """Numbers of the 1970s and 1980s, a sequence and an issuer code joined by a hyphen, without a slash ("Nghị định số
    206-CP ngày 30/5/1979", "Quyết định số 111-HĐBT"), after the kind words they need to be told from other
    numbers. Found by the code after its hyphen (str.find), where a digit stands right before it."""
    found = []
    for code in _old_hyphen_codes():
        at = text.find(code)
        while at >= 0:
            end = at + len(code)
            after = text[end:end + 1]
            if text[at - 1:at].isdecimal() and not (after.isalnum() or after and after in "/-&"):
                number_start = at - 1
                while number_start > 0 and text[number_start - 1].isdecimal():
                    number_start -= 1
                before = text[number_start - 1:number_start]
                kind = _kind_right_before(text, number_start) if at - number_start <= 5 and not (
                    before and before in "/.-") else None
                if kind is not None and kind[0] not in (None, "*"):
                    found.append(_mention_after_kind_words(text, kind[0], kind[2], number_start, end, code[1:],
                                                           day_dates))
            at = text.find(code, end)
    return found


def _share_enumeration_dates(text: str, citations: list[Citation]) -> None:
    """"Công điện số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025": numbers listed one after the other with no
    date of their own share the date that follows the last (its span stays where it is written, after the last
    number), and the issuer stated after it. Not across a number whose year differs from the date's: "Nghị định số 34/2016/NĐ-CP và số
    154/2020/NĐ-CP ngày 31/12/2020" dates only the second."""
    for index in range(len(citations) - 2, -1, -1):
        mention, following = citations[index], citations[index + 1]
        if mention.date is not None or following.date is None or following.kind_source != "enumeration" or \
                not _ENUM_GLUE.fullmatch(text, mention.end, following.number_start):
            continue
        year = _number_year(mention.number)
        if year is not None and year != following.date[:4]:
            continue
        mention.date, mention.date_valid = following.date, following.date_valid
        mention.date_start, mention.date_end = following.date_start, following.date_end
        if following.issuer_source == "text" and mention.issuer_source != "text":  # "... ngày 28/12/2001 của X"
            mention.issuer, mention.issuer_source = following.issuer, "text"


def _number_year(number: str | None) -> str | None:
    """The year segment of a normative number ("34/2016/NĐ-CP" → "2016"), else None."""
    parts = number.split("/") if number else ()
    return parts[1] if len(parts) > 2 and parts[1].isdigit() else None


_ASSEMBLY_CODES = ("QH", "UBTVQH")
_ASSEMBLY_KIND_WORDS = regex.compile(
    r"(?<![\p{Lu}])(?:Bộ\s+luật|BỘ\s+LUẬT|Luật|LUẬT|Nghị\s+quyết|NGHỊ\s+QUYẾT|Pháp\s+lệnh|PHÁP\s+LỆNH)(?![\p{L}])",
    regex.REVERSE)
_ASSEMBLY_KIND_REACH = 300  # characters back: the longest names of laws ("Luật sửa đổi, bổ sung một số điều của ...")


def _assembly_kind_before(text: str, number_start: int, previous_end: int) -> regex.Match | None:
    """The kind of an Assembly's or its Standing Committee's number (a law, a resolution, an ordinance: its number
    has no type code) whose kind words stand too far before it for the common readers: after a long or mistyped
    name ("Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp số 69/2014/QH13",
    "Luật Phòng, chống mua bán người (sửa đổi) số 53/2024/QH15", "Căn cứLuật Thuế ... số 66/2025/QH15": glued by a
    converter): the nearest kind words in the same clause, after the mention before it."""
    reach = max(0, number_start - _ASSEMBLY_KIND_REACH)  # (what stands before it does not count: not read)
    start = max(previous_end, reach, text.rfind(";", reach, number_start) + 1, text.rfind("\n\n", reach, number_start) + 1)
    return _ASSEMBLY_KIND_WORDS.search(text, start, number_start)


def _enum_start(text: str, previous_end: int, number_start: int) -> int:
    """Start of an enumerated mention: at "số" when present, else at the number."""
    between = text[previous_end:number_start]
    so = _SO_AT_END.search(between)
    return previous_end + so.start() if so else number_start


# --- laws cited by name ----------------------------------------------------------------------------------------

# No leading lookahead on the first letters: the regex module scans three times faster for the bare alternation.
# "pháp luật" (law in general) is no law, also typed "pháp Luật"; nor "kỷ luật" (discipline: "kỷ luật lao động"), nor a law
# school ("Trường Đại học Luật Hà Nội")
_NAMED_KIND = regex.compile(r"(?<![\p{L}])(?P<kind>Bộ\s+[lL]uật|BỘ\s+LUẬT|(?<!pháp\s+)(?<!Đại\s+học\s+)Luật|(?<!PHÁP\s+)(?<!ĐẠI\s+HỌC\s+)(?<!KỶ\s+)LUẬT|Pháp\s+lệnh|PHÁP\s+LỆNH|Hiến\s+pháp"
                            r"|HIẾN\s+PHÁP|(?<!pháp\s+)(?<!Pháp\s+)(?<!PHÁP\s+)(?<!kỷ\s+)(?<!Kỷ\s+)(?<!ngành\s+)luật)(?![\p{L}])")
_BO_BEFORE = regex.compile(r"(?:Bộ|BỘ)\s+", regex.REVERSE)
_PHAP_BEFORE = regex.compile(r"(?:Pháp|PHÁP)\s+", regex.REVERSE)
# "pháp luật" (law in general, the commonest word with "uật"): a lower-case "luật" after these matches no kind
_PHAP_SPACE = frozenset(("pháp ", "Pháp ", "PHÁP "))
# (the letters found, the letter before them) → what before it makes no law: "pháp luật", "PHÁP LUẬT"
_NO_LAW_BEFORE = {("uật", "l"): _PHAP_SPACE, ("UẬT", "L"): frozenset(("PHÁP ",))}


def _named_kinds(text: str):
    """The matches of ``_NAMED_KIND.finditer(text)``, tried only where one can start: every match holds "uật"
    (Luật, luật, Bộ luật) or "lệnh" (Pháp lệnh) or starts with "Hiến", in either case, found with str.find and
    traced back to the possible starts; 25 % faster than the scan on the real texts."""
    starts = []
    for core in ("uật", "UẬT"):
        at = text.find(core)
        while at >= 0:
            if at and text[at - 6:at - 1] not in _NO_LAW_BEFORE.get((core, text[at - 1]), ()):  # "pháp luật": no law
                starts.append(at - 1)  # Luật, luật
                bo = _BO_BEFORE.match(text, 0, at - 1)
                if bo:
                    starts.append(bo.start())  # Bộ luật
            at = text.find(core, at + 1)
    for core in ("lệnh", "LỆNH"):
        at = text.find(core)
        while at >= 0:
            phap = _PHAP_BEFORE.match(text, 0, at)
            if phap:
                starts.append(phap.start())  # Pháp lệnh
            at = text.find(core, at + 1)
    for core in ("Hiến", "HIẾN"):
        at = text.find(core)
        while at >= 0:
            starts.append(at)  # Hiến pháp
            at = text.find(core, at + 1)
    starts.sort()
    end = 0
    for start in starts:
        if start >= end:
            match = _NAMED_KIND.match(text, start)
            if match:
                yield match
                end = match.end()


# A classification's code alone on the line above (the fields of science: "5050101⏎Luật Hiến pháp và Luật Hành chính")
_UNDER_A_CLASS_CODE = regex.compile(r"(?:^|\n)[ \t]*\d{5,}[ \t]*\n(?:[ \t]*\n)*[ \t]*\Z")
_NAME_WORD = regex.compile(r"([ \t]*\n?[ \t]*)([^\s,;:()“”\"*]+)")
_DRAFT_BEFORE = regex.compile(r"(?:dự\s+thảo|dự\s+án|Dự\s+thảo|DỰ\s+THẢO)[\s*]*$")
_HOST_COUNTRY = regex.compile(r"[ \t]+(?:của[ \t]+)?nước[ \t]+sở[ \t]+tại(?![\p{L}])")


@cache
def _foreign_state_after() -> regex.Pattern:
    """ " của Đài Loan (Trung Quốc)" after a law's name: a foreign state's law (data/foreign_states.txt), its bracket
    taken with it (on the next line too)."""
    states = sorted(word_list(PACKAGE, "foreign_states.txt"), key=len, reverse=True)
    return regex.compile(r"[ \t]+của[ \t]+(?P<state>(?:" + "|".join(_words_pattern(s) for s in states)
                         + r")(?:[ \t]*\n?[ \t]*\([^()\n]{1,30}\))?)(?![\p{L}])")
# A draft's bracket naming the laws it revises or replaces, on its line: "Luật An ninh mạng (sửa đổi toàn diện Luật An
# ninh mạng và sửa đổi toàn diện Luật An toàn thông tin mạng thành 01 luật)", "Luật Tiết kiệm, chống lãng phí (sửa
# đổi toàn diện Luật Thực hành tiết kiệm, chống lãng phí)" in a legislative programme
_DRAFT_REPLACES = regex.compile(r"[^()\n;]{0,80}?\((?:sửa[ \t]+đổi|thay[ \t]+thế)[^()\n]*\)")
_IN_A_CONVENTION = regex.compile(r"Công\s+ước(?:\s+[^\s.;,]+){0,8}?\s+về\s+\Z")
_AMENDING = regex.compile(_no_required_string(r"\s+(?:về\s+(?:việc\s+)?)?sửa\s+đổi,?\s+bổ\s+sung(?:\s+một\s+số\s+điều)?"
                                              # "... một số điều và Phụ lục Danh mục chỉ tiêu thống⏎kê quốc gia của Luật"
                                              r"(?:\s+và\s+phụ\s+lục(?:[^;\n]|\n(?!\s*\n)){1,80}?(?=\s+của\s))?(?:\s+của)?\s+"),
                          regex.IGNORECASE)
# The laws an amending law of several lists in a bracket after its name: "… của 10 luật có liên quan đến an ninh, trật tự
# (gồm: Luật Cảnh vệ, Luật Cư trú, …)"
_LAWS_COUNTED = regex.compile(r"\d+[ \t]+luật[^()\n;:]{0,100}?(?=[ \t]*\n?[ \t]*\()", regex.IGNORECASE)
_LAWS_IN_BRACKETS = regex.compile(r"[ \t]*\n?[ \t]*\((?:bao\s+)?gồm\s*:?[^()]{1,2000}\)")
_LAW_NUMBER_AFTER = regex.compile(r"\s+(?:số|SỐ)\s*:?\s*\d+/\d{4}/QH\d+")
_LAW_LIST_GLUE = regex.compile(r"\s*(?:,|và)\s*(?=(?:Bộ\s+luật|Luật|Pháp\s+lệnh)\s)", regex.IGNORECASE)
FALLBACK_NAME_WORDS = 6  # a law missing from the gazetteer: at most this many words of name


@cache
def _law_names() -> tuple[str, ...]:
    """Known names of laws, codes and ordinances (data/law_names.txt), longest first."""
    return tuple(sorted(word_list(PACKAGE, "law_names.txt"), key=len, reverse=True))


def _name_pattern(name: str) -> str:
    """A known name with any whitespace between its words, its commas left out or not ("Luật thi đua khen thưởng"),
    or typed without the space after them ("Luật Thi đua,khen thưởng")."""
    *words, last = name.split()
    return "".join(regex.escape(word[:-1]) + r"(?:,\s*|\s+)" if word.endswith(",") else regex.escape(word) + r"\s+"
                   for word in words) + regex.escape(last)


def _names_pattern(names) -> regex.Pattern:
    # (a footnote's mark may be glued to the name's last letter: "Luật Nhà ở11", "Luật Bảo hiểm y tế1"; so may the next
    # word, by a converter: "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Namđã được sửa đổi")
    return regex.compile(r"(?:" + "|".join(_name_pattern(n) for n in names) + r")(?:(?![\p{L}]|\d{3}|\d{1,2}(?:[\p{L}/]|"
                         r"[.,]\d))|(?=(?:đã|được)\s))", regex.IGNORECASE)


@cache
def _law_gazetteer() -> regex.Pattern:
    """All the known names in one alternation, longest first (the reference for _law_known)."""
    return _names_pattern(_law_names())


_TWO_RUNS = regex.compile(r"(\p{L}*)\s+(\p{L}*)")


@cache
def _law_index() -> tuple[dict[tuple[str, str], tuple[int, ...]], tuple[int, ...]]:
    """The gazetteer's names by their first two words ("luật", "thuế"; "bộ", "luật"), folded: (indices of the
    names under each key, indices of names that cannot be keyed and are always tried)."""
    by_key: dict[tuple[str, str], list[int]] = {}
    always: list[int] = []
    for index, name in enumerate(_law_names()):
        words = name.split()
        first = _LETTERS.match(words[0]).group()
        second = _LETTERS.match(words[1]).group() if len(words) > 1 else ""
        if first != words[0] or not first or not second:
            always.append(index)
        else:
            by_key.setdefault((_fold(first), _fold(second)), []).append(index)
    return {key: tuple(indices) for key, indices in by_key.items()}, tuple(always)


@cache
def _law_names_under(key: tuple[str, str] | None) -> regex.Pattern | None:
    """The alternation of the names that can start with ``key``'s two words, in the gazetteer's order."""
    by_key, always = _law_index()
    indices = sorted({*by_key.get(key, ()), *always}) if key is not None else list(always)
    names = _law_names()
    return _names_pattern([names[i] for i in indices]) if indices else None


def _law_known(text: str, pos: int) -> regex.Match | None:
    """``_law_gazetteer().match(text, pos)``, trying only the names whose first two words are the two runs of
    letters at ``pos``: the first word of a name is letters only and its second begins with the letters the
    text has there, so no other name can match (the alternation of all 250 names costs 10-20 µs a try)."""
    runs = _TWO_RUNS.match(text, pos)
    key = (_fold(runs.group(1)), _fold(runs.group(2))) if runs else None
    pattern = _law_names_under(key if key in _law_index()[0] else None)
    return pattern.match(text, pos) if pattern is not None else None


@cache
def _law_stop() -> regex.Pattern:
    stops = sorted(word_list(PACKAGE, "law_name_stopwords.txt"), key=len, reverse=True)
    kinds = [_words_pattern(v) for v in _kind_table()[1]]
    return regex.compile(r"(?:" + "|".join(_words_pattern(s) for s in stops) + "|" + "|".join(kinds)
                         + r")(?![\p{L}])", regex.IGNORECASE)


@cache
def _law_reject() -> regex.Pattern:
    words = sorted(word_list(PACKAGE, "law_name_rejects.txt"), key=len, reverse=True)
    return regex.compile(r"\s*(?:" + "|".join(_words_pattern(w) for w in words) + r")(?![\p{L}])", regex.IGNORECASE)


def _canonical_named_kind(words: str) -> str:
    return {"bộ luật": "Bộ luật", "luật": "Luật", "pháp lệnh": "Pháp lệnh", "hiến pháp": "Hiến pháp"}[
        " ".join(words.split()).casefold()]


def _law_name_end(text: str, start: int, kind_end: int, upper: bool) -> int | None:
    """End of a law's name that starts at ``start`` (at its kind word): the gazetteer's longest name, else a
    short run of words up to a stop word. None when no name follows."""
    known = _law_known(text, start)
    if known:
        return known.end()
    if _law_reject().match(text, kind_end):
        return None
    first = _NAME_WORD.match(text, kind_end)
    if not first or not first.group(2)[:1].isupper():
        return None  # an unknown law is written with a capital: "Luật Xuất bản"; "luật chuyên ngành" is not one
    stop = _law_stop()
    end = before_and = kind_end
    words = 0
    while words < FALLBACK_NAME_WORDS:
        word = _NAME_WORD.match(text, end)
        if not word or word.group(1).count("\n") > 1 or stop.match(text, word.start(2)):  # not past a paragraph
            break
        token = word.group(2)
        if upper and not token.isupper() or token.isdecimal():
            break  # (a year is no word of a name: "Luật Dầu khí⏎2026⏎Bộ Công Thương", a table's next cells)
        if token.endswith("."):
            end = word.start(2) + len(token) - 1
            words += 1
            break
        before_and = end
        end = word.end()
        words += 1
    if words > 1 and text[before_and:end].strip().casefold() == "và":
        end = before_and  # no name ends with "và" ("Luật Bầu cử và quy định của Thông tư này": a stop after it)
    return end if words else None


_LUAT_AGAIN = regex.compile(r"[ \t]+(?:Luật|LUẬT)(?![\p{L}]|[ \t]+(?:sư|SƯ)(?![\p{L}]))")  # (the Law on Lawyers: "Luật Luật sư")
# A law's number and its name after a dash ("Luật số 51/2010/QH12 - Luật Người khuyết tật"): the name is the numbered
# mention's, no mention of its own
_NUMBER_AND_DASH_BEFORE = regex.compile(r"(?:Luật|LUẬT|Bộ luật|BỘ LUẬT)\s+(?:số|SỐ)\s+\d+/\d{4}/QH\d+\s*[-–]\s*$")


@cache
def _places_named_with_luat() -> tuple[tuple[str, str], ...]:
    """(before the word, after it) of each place whose name holds "Luật" ("Hòa ", " Nam")."""
    return tuple((name.partition("Luật")[0], name.partition("Luật")[2])
                 for name in word_list(PACKAGE, "places_named_with_luat.txt"))


def _in_a_place_name(text: str, start: int, end: int) -> bool:
    return any(text.endswith(before, 0, start) and text.startswith(after, end)
               for before, after in _places_named_with_luat())


# A legislative programme's bills: the items of a list opened by "… đối với 03 dự án:" and the cells of a table headed
# "Tên dự án", up to the next article ("1. Luật Chuyển đổi số;", "c) Luật Công nghệ cao (sửa đổi).", a table's
# "Luật Nhà ở (sửa đổi)"): drafts, like "dự án Luật …", no citations
_BILL_LIST_OPENING = regex.compile(r"dự[ \t]+án(?:[ \t]+luật)?(?:,?[ \t]+(?:dự[ \t]+án[ \t]+)?pháp[ \t]+lệnh)?"
                                   r"(?:[ \t]+sau(?:[ \t]+đây)?)?[ \t]*:[ \t*]*$", regex.MULTILINE)
_BILL_TABLE_HEAD = regex.compile(r"(?<=^[ \t|*]*)(?:Tên[ \t]+dự[ \t]+án(?:[ \t]+luật)?|TÊN[ \t]+DỰ[ \t]+ÁN(?:[ \t]+LUẬT)?)"
                                 r"[ \t|*]*$", regex.MULTILINE)
_LIST_ITEM = regex.compile(r"[ \t*]*(?:\d{1,3}\.|[a-zđ]\))[ \t]")
_BILL_ITEM_START = regex.compile(r"[ \t|*]*(?:(?:\d{1,3}|[a-zđ])[.)][ \t]*)?")
_ARTICLE_LINE = regex.compile(r"^[ \t*#]*Điều[ \t]+\d+", regex.MULTILINE)
_SPACES = regex.compile(r"\s*")


def _bill_lists(text: str) -> list[tuple[int, int]]:
    """The spans of a legislative programme's lists and tables of bills (above), in text order."""
    spans = []
    for opening in _BILL_LIST_OPENING.finditer(text):
        end = pos = opening.end()
        while True:  # the list's items, blank lines between; the first line of another kind ends it
            line_start = _SPACES.match(text, pos).end()
            if line_start >= len(text) or not _LIST_ITEM.match(text, line_start):
                break
            line_end = text.find("\n", line_start)
            end = pos = line_end if line_end >= 0 else len(text)
        if end > opening.end():
            spans.append((opening.end(), end))
    for head in _BILL_TABLE_HEAD.finditer(text) if "Tên dự án" in text or "TÊN DỰ ÁN" in text else ():
        article = _ARTICLE_LINE.search(text, head.end())
        spans.append((head.end(), article.start() if article else len(text)))
    return sorted(spans)


# A list of drafts run into a sentence, up to its end: "… báo cáo về tiếp thu, giải trình, chỉnh lý dự thảo: Luật Thủ đô
# (sửa đổi), Luật sửa đổi, bổ sung một số điều của Luật Trợ giúp pháp lý, … Luật Tiếp cận thông tin (sửa đổi), …."
_DRAFT_LIST = regex.compile(r"(?:dự[ \t]+thảo|Dự[ \t]+thảo)[ \t]*:[ \t]*\n?[ \t]*(?=\S)")
_SENTENCE_END = regex.compile(r"\.[ \t]*(?:\n|$)|\n[ \t]*\n")


def _draft_lists(text: str) -> list[tuple[int, int]]:
    """The spans of the lists of drafts a sentence runs in after "dự thảo:"."""
    spans = []
    for opening in _DRAFT_LIST.finditer(text):
        end = _SENTENCE_END.search(text, opening.end())
        spans.append((opening.end(), end.start() if end else len(text)))
    return spans


def find_named(text: str, taken: list[tuple[int, int]], day_dates: dict[int, DateMention]) -> list[Citation]:
    """Laws, codes, ordinances and the constitution cited by name, outside the spans in ``taken``."""
    citations: list[Citation] = []
    taken_sorted = sorted(taken)
    covered_until = -1
    bills = _bill_lists(text) if "dự án" in text else []
    drafts = _draft_lists(text) if "thảo:" in text or "thảo :" in text else []
    for match in _named_kinds(text):
        start = match.start()
        if start < covered_until or _inside(taken_sorted, start):
            continue
        draft = _DRAFT_BEFORE.search(text, max(0, start - 20), start) is not None  # "dự thảo Luật ...": no citation
        if bills and _inside(bills, start) and _BILL_ITEM_START.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
            draft = True  # a bill a legislative programme lists, at the start of its item or table cell
        if drafts and _inside(drafts, start):
            draft = True
        if text.find("Công ước", max(0, start - 120), start) >= 0 and \
                _IN_A_CONVENTION.search(text, max(0, start - 120), start):
            continue  # "Công ước Liên hợp quốc về Luật Biển": a treaty's subject, no Vietnamese law
        kind = _canonical_named_kind(match.group("kind"))
        if text[start - 1:start] == "\n" and _UNDER_A_CLASS_CODE.search(text, max(0, start - 40), start):
            line_end = text.find("\n", start)  # "5050101⏎Luật Hiến pháp và Luật Hành chính": a field of a
            covered_until = line_end if line_end >= 0 else len(text)  # classification, its line no laws
            continue
        if kind == "Luật" and _in_a_place_name(text, start, match.end()):
            continue  # "xã Hòa Luật Nam"
        if kind == "Luật" and _LUAT_AGAIN.match(text, match.end()):
            continue  # "Luật Luật Tư pháp người chưa thành niên số 59/2024/QH15": the word typed twice, the second begins it
        if text[start - 2:start] in ("- ", "– ") and _NUMBER_AND_DASH_BEFORE.search(text, max(0, start - 40), start):
            continue
        upper = match.group("kind").isupper()
        laws_listed_end = -1
        amending = _AMENDING.match(text, match.end())
        if amending:  # "Luật sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C": one instrument
            end = _amended_laws_end(text, amending.end(), upper)
            if end is None:  # no list of laws: an amending law the gazetteer knows by its name ("... của 37 luật có
                known = _law_known(text, start)  # liên quan đến quy hoạch"), else none
                if not known:
                    counted = _LAWS_COUNTED.match(text, amending.end())  # (one the gazetteer lacks, "… của 9 luật …")
                    listed = _LAWS_IN_BRACKETS.match(text, counted.end()) if counted else None
                    covered_until = listed.end() if listed else covered_until
                    continue
                end = known.end()
            listed = _LAWS_IN_BRACKETS.match(text, end)
            if listed:  # "… của 10 luật có liên quan đến an ninh, trật tự (gồm: Luật Cảnh vệ, …)": the laws it amends,
                laws_listed_end = listed.end()  # no mentions of their own
        elif kind == "Hiến pháp":
            known = _law_known(text, start)
            end = known.end() if known else match.end()
            year = _CONSTITUTION_YEAR.match(text, end)
            if year:  # "Hiến pháp ... năm 1992": the year tells one constitution from the others
                end = year.end()
        elif match.group("kind") == "luật":  # lower case: only a name the gazetteer knows ("luật người khuyết tật")
            known = _law_known(text, start)
            if not known:
                continue
            end = known.end()
        else:
            end = _law_name_end(text, start, match.end(), upper)
            if end is None:
                continue
        if _HOST_COUNTRY.match(text, end):
            covered_until = end  # "Luật Đầu tư nước sở tại": the law of the country an investor goes to
            continue
        revised = _REVISED.match(text, end)
        if revised:  # "Luật An toàn thực phẩm (sửa đổi)": the law that replaces it, another instrument
            end = revised.end()
        if draft:  # nor the laws a draft amending law lists, nor those a draft's bracket says it replaces
            replaced = _DRAFT_REPLACES.match(text, end)
            covered_until = max(replaced.end() if replaced else end, laws_listed_end)
            continue
        name = collapse_spaces(text[start:end]).strip("*")
        issuer, issuer_source = "Quốc hội" if kind in ("Luật", "Bộ luật", "Hiến pháp") else "Ủy ban Thường vụ Quốc hội", "kind"
        foreign = _foreign_state_after().match(text, end) if text.startswith(" của ", end) else None
        if foreign:  # "Luật Lao động cơ bản của Đài Loan (Trung Quốc)": a foreign state's law
            issuer, issuer_source = collapse_spaces(foreign.group("state")), "text"
        date = _date_after(text, foreign.end() if foreign else end, day_dates)
        adopted = _adopting_assembly(text, end, date.start) if date is not None and not foreign else None
        if adopted:
            issuer, issuer_source = adopted, "text"
        if date is None and laws_listed_end > 0:  # "… (gồm: Luật Cảnh vệ, …) ngày 10 tháng 12 năm 2025"
            date = _date_after(text, laws_listed_end, day_dates)
        span_end = date.end if date else foreign.end() if foreign else end
        covered_until = max(end, laws_listed_end)
        citations.append(Citation(
            start=start, end=span_end, text=text[start:span_end], kind=kind, number=None, name=name,
            is_normative=True, date=date.iso if date else None, date_valid=date.valid if date else True,
            issuer=issuer, issuer_source=issuer_source, context=context_of(text, start),
            date_start=date.start if date else None, date_end=date.end if date else None,
        ))
    return citations


def _amended_laws_end(text: str, pos: int, upper: bool, numbers: bool = False) -> int | None:
    """End of the list of laws an amending law names from ``pos`` ("Luật A, Luật B và Luật C"), with ``numbers`` each
    law's number too ("Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15"); None when no law's name stands
    there."""
    end = None
    while True:
        law = _NAMED_KIND.match(text, pos)
        law_end = _law_name_end(text, pos, law.end(), upper) if law else None
        if law_end is None:
            return end
        end = law_end
        number = _LAW_NUMBER_AFTER.match(text, end) if numbers else None
        if number:
            end = number.end()
        glue = _LAW_LIST_GLUE.match(text, end)
        if not glue:
            return end
        pos = glue.end()


def _amended_after_numbers(text: str, numbered: list[Citation], day_dates: dict[int, DateMention]) -> list[tuple[int, int]]:
    """The lists of laws that follow an amending law cited by its number ("Luật số 97/2025/QH15 ngày 27 tháng 6 năm
    2025 sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn ..."): they name the
    instrument, and are no mentions of their own. A date right after the list is the amending law's when it has
    none ("Luật số 09/2022/QH15 sửa đổi, bổ sung một số điều của Luật Tần số vô tuyến điện ngày 09 tháng 11 năm
    2022"); its span stays where it is written."""
    spans = []
    for citation in numbered:
        if citation.kind in _LAW_KINDS:
            amending = _AMENDING.match(text, citation.end)
            end = amending and _amended_laws_end(text, amending.end(), text[citation.start:citation.start + 4].isupper(),
                                                 numbers=True)
            if end is not None:
                spans.append((amending.end(), end))
                date = _date_after(text, end, day_dates) if citation.date is None else None
                if date is not None:
                    citation.date, citation.date_valid = date.iso, date.valid
                    citation.date_start, citation.date_end = date.start, date.end
    return spans


_CONSTITUTION_YEAR = regex.compile(_no_required_string(r"\s+năm\s+(?:19|20)\d{2}(?![\d/])"))
# the year may stand before it ("Luật X năm 2025 (sửa đổi)"), a line break too; without brackets, the words end the
# sentence or the line ("xây dựng Luật Bảo hiểm y tế sửa đổi.", not "Luật X sửa đổi, bổ sung ..." nor "sửa đổi toàn diện")
_REVISED = regex.compile(_no_required_string(
    r"(?:[ \t]+năm[ \t]+\d{4})?[ \t]*\n?[ \t]*(?:\((?:sửa\s+đổi(?:,\s+bổ\s+sung)?|sửa\s+đổi\s+bổ\s+sung)\)"
    r"|(?<=\s)sửa[ \t]+đổi(?=[ \t]*(?:[.;:)|]|\n|$)))"), regex.IGNORECASE)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    import bisect

    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _is_own(number: str | None, own_number: str) -> bool:
    """The document's own number, also with a footnote's mark glued to it in a PDF ("56/2022/AL1"), or printed
    without its year (an annex's "Ban hành kèm theo Nghị quyết số 95/UBTVQH15" in 95/2025/UBTVQH15)."""
    if not number:
        return False
    return number == own_number or number.startswith(own_number) and \
        number[len(own_number):].isdecimal() and len(number) - len(own_number) <= 2 or \
        own_number_without_year(number, own_number)


def _own_broken(text: str, citation: Citation, own_number: str) -> bool:
    """The document's own number broken inside a code by a PDF's text layer ("28/2021/Q⏎Đ-TTg" in a form's heading):
    the mention is its start, and the rest of it follows on the next line."""
    number = citation.number
    if not own_number.startswith(number) or number == own_number:
        return False
    rest = own_number[len(number):]
    after = text[citation.number_end:citation.number_end + len(rest) + 3].lstrip(" \t")
    return after.startswith("\n") and after[1:].lstrip(" \t").startswith(rest)


def _annex_calls_own(text: str, citation: Citation, own_number: str) -> bool:
    """An annex's heading calling the document by a misprinted number ("PHỤ LỤC ⏎(Kèm theo Nghị định số
    66/2025/NĐ-CP …)" in 60/2025/NĐ-CP): the document's own, no citation."""
    return bool(citation.number) and misprinted_own_number(citation.number, own_number) and \
        under_annex_heading(text, text.rfind("\n", 0, citation.start) + 1)


def find_citations(text: str, own_number: str | None = None, dates: list[DateMention] | None = None) -> list[Citation]:
    """All citations in text order; mentions of the document's own number are not citations. ``dates``, the
    text's dates when they were found already, spares reading again those that follow a mention."""
    day_dates = {d.start: d for d in dates if d.precision == "day"} if dates else {}
    numbered = [c for c in find_numbered(text, day_dates)
                if own_number is None or not (_is_own(c.number, own_number) or _own_broken(text, c, own_number)
                                              or _annex_calls_own(text, c, own_number))]
    _with_year_left_out_restored(numbered)
    more = _short_references(text, numbered) + find_judgments_by_sequence(text, day_dates) + \
        find_hyphenated_old_numbers(text, day_dates)
    if more:
        numbered = sorted(numbered + more, key=lambda c: c.start)
    amended = _amended_after_numbers(text, numbered, day_dates)
    if amended:  # the laws listed with their numbers too ("Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật
        numbered = [c for c in numbered if not _inside(amended, c.start)]  # Đất đai số 31/2024/QH15, ...")
    named = find_named(text, [(c.start, c.end) for c in numbered] + amended, day_dates)
    named = _amending_laws_with_their_numbers(text, numbered, named)
    numbered = _amending_law_of_numbered_laws(text, numbered)
    lists = [(c.start, c.end) for c in numbered if c.number is None]  # an amending law's list, now one mention
    if lists:  # the laws it names by their year, not their number ("…, Luật Dầu khí năm 1993 đã được sửa đổi, …")
        numbered, continued = _lists_cut_by_a_page(text, numbered)
        named = [c for c in named if not _inside(sorted(lists + continued), c.start)]
    return sorted(numbered + named, key=lambda c: c.start)


# A list a page break cuts in a footnote: the rest of its line names the next law without its number and no
# punctuation ends it ("…, Luật Tiêu chuẩn và quy chuẩn kỹ thuật số 68/2006/QH11, Luật Chất lượng sản phẩm, hàng
# hóa⏎Chương I …"); the footnote goes on at the next page's foot, under the wide blank line that separates the page's
# footnotes from its body, in small letters ("⏎<spaces>⏎số 05/2007/QH12, Luật An toàn thông tin mạng số …")
_CUT_LIST_REST = regex.compile(r"[ \t]*,[ \t]*(?:và[ \t]+)?(?:Bộ[ \t]+)?[Ll]uật[ \t][^\n;.:]*?[ \t]*(?=\n)")
_FOOTNOTE_GOES_ON = regex.compile(r"\n[ \t]{40,}\n(?=\p{Ll})")
_CUT_LIST_REACH = 8000  # the most characters a page's body and furniture take between the cut and the rest


def _lists_cut_by_a_page(text: str, numbered: list[Citation]) -> tuple[list[Citation], list[tuple[int, int]]]:
    """The laws listed after a page break cut an amending law's list (the rest of its footnote at the next page's
    foot) join the list's mention: their numbers are no mentions of their own. Returns the mentions left and the
    spans of the continuations."""
    spans = []
    dropped: set[int] = set()
    for index, listed in enumerate(numbered):
        if listed.number is not None or listed.name is None:
            continue
        rest = _CUT_LIST_REST.match(text, listed.end)
        goes_on = rest and _FOOTNOTE_GOES_ON.search(text, rest.end(), rest.end() + _CUT_LIST_REACH)
        if not goes_on:
            continue
        line_end = text.find("\n", goes_on.end())
        following = [c for c in numbered[index + 1:] if c.number is not None and c.start >= goes_on.end()]
        if not following or not following[0].start < (line_end if line_end >= 0 else len(text)):
            continue
        last = 0
        while last + 1 < len(following) and following[last].date is None and following[last + 1].kind in _LAW_KINDS \
                and _list_goes_on(text, following[last].number_end, following[last + 1].start, several=True):
            last += 1
        final = following[last]
        listed.name += collapse_spaces(text[listed.end:rest.end()]).strip() + " " + collapse_spaces(
            text[goes_on.end():final.number_end]).strip("*")
        listed.date, listed.date_valid = final.date, final.date_valid
        dropped.update(id(c) for c in following[:last + 1])
        spans += [(listed.end, rest.end()), (goes_on.end(), final.end)]
    if not dropped:
        return numbered, spans
    return [c for c in numbered if id(c) not in dropped], spans


def _with_year_left_out_restored(numbered: list[Citation]) -> None:
    """A decree's or a circular's number cited again with its year left out ("Nghị định số 184/NĐ-CP" after "Nghị
    định số 184/2025/NĐ-CP ngày 01 tháng 7 năm 2025"): the number cited in full, when the text cited one such before
    and the mention's own date, if any, is of that year. Only for kinds whose numbers always hold their year: a
    decision's or a resolution's number without one is an individual instrument's, perhaps another
    (with_and_without_year checks those)."""
    full: dict[str, set[str]] = {}  # "184/NĐ-CP" → the full numbers cited so ("184/2025/NĐ-CP")
    for citation in numbered:
        number = citation.number
        if citation.is_normative:
            sequence, _, rest = number.partition("/")
            full.setdefault(sequence + "/" + rest.partition("/")[2], set()).add(number)
        elif number in full and len(full[number]) == 1 and kind_of_type_code(citation.type_code) in _YEAR_ALWAYS:
            restored = next(iter(full[number]))
            if citation.date is None or citation.date[:4] == _number_year(restored):
                citation.number, citation.is_normative = restored, True


_YEAR_ALWAYS = frozenset(("Nghị định", "Thông tư", "Thông tư liên tịch"))


def _short_references(text: str, numbered: list[Citation]) -> list[Citation]:
    """An instrument cited in full, then by a short form (often defined so: "sau đây gọi tắt là Nghị quyết 347"):
    a mention of it with its full number. Two short forms: a normative number's sequence and year ("Thông tư liên
    tịch số 06/2018" after "Thông tư liên tịch số 06/2018/TTLT-VKSNDTC-TANDTC-BCA-BTP-BLĐTBXH ngày 21/12/2018") and
    the sequence alone ("Nghị quyết 347" after "Nghị quyết số 347/NQ-CP", "QĐ 66" after "Quyết định số
    66/2018/QĐ-UBND"), each after the same kind words or, for the sequence alone, the number's type code. Not when
    two instruments of that kind share the short form."""
    first_of = {c.number: c for c in reversed(numbered) if c.kind}  # each number's first mention
    forms: list[tuple[Citation, str, str | None]] = []  # (instrument, its sequence, its sequence and year)
    shared: dict[tuple[str, str], int] = {}
    for number, first in first_of.items():
        sequence = number.partition("/")[0].partition("-")[0]
        if not sequence[:1].isdecimal():
            continue
        with_year = None
        if first.is_normative:
            year = _number_year(number)
            if year and len(year) == 4 and number.startswith(year, len(sequence) + 1):
                with_year = sequence + "/" + year
                shared[with_year, first.kind] = shared.get((with_year, first.kind), 0) + 1
        shared[sequence, first.kind] = shared.get((sequence, first.kind), 0) + 1
        forms.append((first, sequence, with_year))
    found: list[Citation] = []
    for first, sequence, with_year in forms:
        if with_year and shared[with_year, first.kind] > 1:
            with_year = None
        alone = shared[sequence, first.kind] == 1 and first.kind in _CITED_BY_SEQUENCE
        if alone or with_year:
            found += _short_forms(text, first, sequence, with_year, alone)
    return found


_JUDGMENT = "Bản án"
# The kinds a text goes on citing by their sequence alone ("Nghị quyết 347", "QĐ 66"); a judgment's is read by
# find_judgments_by_sequence. Plans, letters and reports are not (and their search would cost every text a scan).
_CITED_BY_SEQUENCE = frozenset(("Nghị quyết", "Nghị định", "Quyết định", "Thông tư", "Chỉ thị", "Thông tư liên tịch",
                                "Nghị quyết liên tịch"))


def _short_forms(text: str, first: Citation, sequence: str, with_year: str | None, alone: bool) -> list[Citation]:
    """The mentions of ``first`` after it by its sequence and year (``with_year``) or, when ``alone``, its sequence
    alone, where its kind words (or, for a sequence alone, its type code: "QĐ 66") stand right before."""
    found = []
    at = text.find(sequence, first.end)
    while at >= 0:
        end = at + len(sequence)
        year_form = with_year is not None and text.startswith(with_year, at)
        if year_form:
            end = at + len(with_year)
        # a sentence may end after it, a number or a date goes on, and no letter ("30a"; "Thông tư số 49/2025TT-BCT" is a
        # number that lost a slash, which NUMBER_RE reads)
        after = text[end:end + 2]
        if (year_form or alone) and not (
                text[at - 1:at].isdecimal() or text[at - 1:at] in "/.-" or after[:1] in ("/", "-")
                or after[:1].isdecimal() or after[:1].isalpha()
                or after[:1] in ".," and after[1:].isdecimal()):
            start = _short_form_start(text, at, first, not year_form)
            if start is not None:  # the issuer the full mention states, else its code's
                issuer, source = (first.issuer, first.issuer_source) if first.issuer_source == "text" else (
                    issuer_of_code(first.issuer_code), "code")
                found.append(Citation(
                    start, end, text[start:end], first.kind, first.number, None, first.is_normative, first.type_code,
                    first.issuer_code, None, True, issuer, source, context_of(text, start), "words", at, end))
        at = text.find(sequence, end)
    return found


def _short_form_start(text: str, at: int, first: Citation, alone: bool) -> int | None:
    """Where a short form at ``at`` begins with the words before it, or None when they are not its kind's. A sequence
    alone that begins its line is a table's or a list's item number ("... kèm theo Nghị định⏎15.⏎Nghị định số ...")."""
    if alone and not text[text.rfind("\n", 0, at) + 1:at].strip():
        return None
    before = _kind_right_before(text, at) if text[at - 1:at].isspace() else None
    if before is not None and before[0] == first.kind:
        return before[2]
    code = first.type_code
    if not alone or not code:
        return None
    code_end = at
    while code_end > at - 2 and text[code_end - 1:code_end] in (" ", "\t"):
        code_end -= 1
    code_start = code_end - len(code)
    if code_start >= 0 and text.startswith(code, code_start) and not text[code_start - 1:code_start].isalnum():
        return code_start
    return None


_AMENDING_NAME = regex.compile(r"(?:Luật|LUẬT)\s+(?:sửa|SỬA)\s+(?:đổi|ĐỔI)")
_AMENDING_GAP_MAX = 600  # characters between the parsed list of an amending law and its number
_NUMBER_GLUE = regex.compile(r"\s*(?:số|so)\s*:?\s*\Z", regex.IGNORECASE)
# an amending law named in full, its number given in a bracket that defines the short name
_DEFINED_AS_NUMBER = regex.compile(r"\s*\((?:sau\s+đây\s+)?(?:viết\s+tắt|gọi\s+tắt|gọi)\s+là\s+(?:Luật\s+)?số\s*:?\s*")


def _listed(text: str, start: int) -> bool:
    """Whether the words at ``start`` follow a list's glue ("Luật A, Luật B và Luật C"), not a new clause."""
    before = text[:start].rstrip()
    return before.endswith(",") or before.endswith(" và") or before == "và"


# Between two laws of an amending law's list, each with its number: a comma, "và" or both
_LAW_NUMBER_LIST_GLUE = regex.compile(r"[ \t]*,[ \t]*\n?[ \t]*(?:và\s+)?|\s+và\s+")
# Inside a list of two laws or more, the laws that amended one of them: "…, Luật Tài nguyên nước số 17/2012/QH13 đã
# được sửa đổi, bổ sung một số điều theo Luật số 08/2017/QH14, Luật Đất đai …" (after one law alone, "Luật sửa đổi, bổ
# sung một số điều của Luật Giá số 16/2023/QH15 đã được sửa đổi, bổ sung một số điều theo Luật số 44/2024/QH15": a
# law's own enacting formula, whose numbers are the laws it amends, each a mention)
_AMENDED_BY = r"\s+đã\s+được\s+sửa\s+đổi,?\s+bổ\s+sung(?:\s+một\s+số\s+điều)?\s+theo\s+"
_AMENDED_BY_GLUE = regex.compile(_AMENDED_BY)
# ... and a law the list names by its year, not its number, that later laws amended: "…, Luật Dầu khí năm 1993 đã được
# sửa đổi, bổ sung một số điều theo Luật số 19/2000/QH10 và …"
_YEAR_NAMED_AMENDED_GLUE = regex.compile(r"[ \t]*,\s*(?:và\s+)?(?:Bộ\s+)?[Ll]uật\s+[^,;.:\d“”()]{1,80}?\s+năm\s+(?:19|20)\d\d"
                                         + _AMENDED_BY)


def _list_goes_on(text: str, end: int, start: int, several: bool) -> bool:
    """Whether the text between two laws with their numbers glues them in one list; ``several``: the list holds two
    laws already, after which the laws that amended one of them go on with it too."""
    return bool(_LAW_NUMBER_LIST_GLUE.fullmatch(text, end, start) or several and (
        _AMENDED_BY_GLUE.fullmatch(text, end, start) or _YEAR_NAMED_AMENDED_GLUE.fullmatch(text, end, start)))


def _amending_law_of_numbered_laws(text: str, numbered: list[Citation]) -> list[Citation]:
    """"Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, … và Luật Các
    tổ chức tín dụng số 32/2024/QH15": an amending law that lists several laws, each with its number, is one
    instrument named by the whole; the numbers are the listed laws', no mentions of their own. (One law with a
    number after it is the amending law's own number: "… của Luật Doanh nghiệp số 76/2025/QH15".)"""
    merged: list[Citation] = []
    index = 0
    while index < len(numbered):
        first = numbered[index]
        last = index
        if first.kind in _LAW_KINDS and _AMENDING_NAME.match(first.text):
            while last + 1 < len(numbered) and numbered[last + 1].kind in _LAW_KINDS and numbered[last].date is None \
                    and numbered[last + 1].kind_source == "words" and _list_goes_on(
                        text, numbered[last].number_end, numbered[last + 1].start, several=last > index):
                last += 1
        if last == index:
            merged.append(first)
            index += 1
            continue
        final = numbered[last]
        name = collapse_spaces(text[first.start:final.number_end]).strip("*")
        merged.append(Citation(
            start=first.start, end=final.end, text=text[first.start:final.end], kind=first.kind, number=None,
            name=name, is_normative=True, date=final.date, date_valid=final.date_valid, issuer="Quốc hội",
            issuer_source="kind", context=first.context, date_start=final.date_start, date_end=final.date_end))
        index = last + 1
    return merged


def _amending_laws_with_their_numbers(text: str, numbered: list[Citation], named: list[Citation]) -> list[Citation]:
    """"Luật sửa đổi, bổ sung một số điều của Luật A, Luật B, ..., Luật X số 56/2024/QH15" is one instrument:
    the numbered pass saw "Luật X số 56/2024/QH15", the named pass the amending law up to where its list of laws
    stopped parsing (and the laws after, by name). When only more of the list (laws, no other kind of
    instrument, no ";", blank line or sentence end) stands between that named amending law and a law's
    number, each law of it after a comma or "và" (not "Căn cứ Luật ..."), the numbered citation takes the amending
    law's start and name, and the named ones inside it go.
    Returns the named citations that remain."""
    if not named or not numbered:
        return named
    dropped: set[int] = set()
    kinds = _kind_table()[0]
    for amending in named:
        if id(amending) in dropped or not _AMENDING_NAME.match(amending.text):
            continue
        law = next((c for c in numbered if c.number_start is not None and c.number_start >= amending.end), None)
        if law is None or law.kind not in _LAW_KINDS or law.number_start - amending.end > _AMENDING_GAP_MAX:
            continue
        span = text[amending.start:law.number_start]
        gap = text[amending.end:law.number_start]
        glue = _NUMBER_GLUE.search(gap)
        defined = _DEFINED_AS_NUMBER.fullmatch(gap)  # "... và Luật Đấu thầu (viết tắt là Luật số 57/2024/QH15)"
        if not defined and (glue is None or ";" in span or "\n\n" in span or ". " in span or any(
                _kind_of_words(match.group(0)) not in _LAW_KINDS or not _listed(gap, match.start())
                for match in kinds.finditer(gap))):
            continue
        name_end = amending.end + (0 if defined else glue.start())
        law.start, law.name = amending.start, collapse_spaces(text[amending.start:name_end]).strip("*")
        law.text, law.context = text[law.start:law.end], context_of(text, law.start)
        dropped.update(id(c) for c in named if amending.start <= c.start < law.number_start)
    return [c for c in named if id(c) not in dropped]
