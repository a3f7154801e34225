"""The fast paths of the extractors against the plain formulations they replace: same matches, same spans.

Each fast path (a str.find anchor, a prefilter, an index of a lexicon) must give exactly what the slow pattern
gives; these tests run both on the shipped texts, on legal-looking random text and, when ../shared is present, on
a sample of the real corpus. (benchmarks/snapshot_outputs.py checks the whole outputs on every text.)
"""
from __future__ import annotations

import bisect
import importlib
from unittest import mock
import random

import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import CORPORA, SHARED_REAL
from vnadmin import pipeline
from vnadmin.extract import channels, citations, dates, header, numbers, sections
from vnadmin.ingest import sniff
from vnadmin.extract.numbers import NUMBER_RE, iter_numbers
from vnadmin.model import Channel, Extraction
from vnadmin.resources import tsv_rows, word_list
from vnadmin.text import normalize, segment
normalize_module = importlib.import_module("vnadmin.text.normalize")  # the package exports the function under that name
from vnadmin.text.normalize import _EMPHASIS_IN_WORD, _MARKUP, collapse_spaces, strip_markup

FRAGMENTS = ["Số: ", "Pháp lệnh ", "PHÁP LỆNH", "BỘ LUẬT", "Hiến  pháp", "xLuật", "3457/BC-UBND", "09/2017/NĐ-CP", "37-CT/TW", "/", "-", "&", "số", "sô", "12", "2023", "a",
             "QĐ", "TTg", "BNN&PTNT", "QH13", "Ban", " ", "\n", ".", ",", "ngày ", " tháng ", " năm ", "01/8/2023",
             "Luật ", "LUẬT ", "luật ", "Bộ luật ", "Pháp lệnh ", "Hiến pháp", "Báo chí", "Đất đai", "Thuế",
             "sửa đổi, bổ sung một số điều của ", "của ", "Chính phủ", "UBND tỉnh", " về ", "và ", "Kế hoạch",
             "V/v ", "Về việc ", "\t", "|", "**", "- ", "a) ", "b)", "I. ", "1. ", "tháng 12/2023", "2021 - 2025",
             "đài truyền thanh", "hệ thống ", "cơ sở", "Zalo", "nhóm ", "İ", "ı", "K", "pháp ", "PHÁP ", "Bộ ", "pháp\n"]


def _texts(limit: int = 60) -> list[str]:
    paths = sorted(CORPORA.rglob("*.txt"))
    if SHARED_REAL.exists():
        real = sorted(SHARED_REAL.rglob("*.txt"))
        paths += random.Random(7).sample(real, min(limit, len(real)))
    return [normalize(p.read_text(encoding="utf-8")).text for p in paths]


TEXTS = _texts()
legal_text = st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_numbers_around_slashes_are_the_pattern_matches():
    for text in TEXTS:
        assert _spans(iter_numbers(text)) == _spans(NUMBER_RE.finditer(text))


@SETTINGS
@given(legal_text)
def test_numbers_around_slashes_on_legal_looking_text(text):
    assert _spans(iter_numbers(text)) == _spans(NUMBER_RE.finditer(text))


def _law_positions(text: str) -> list[int]:
    return [m.start() for m in regex.finditer(r"(?<!\p{L})\p{L}", text)]


def test_law_index_is_the_gazetteer():
    gazetteer = citations._law_gazetteer()
    names = word_list("vnadmin.extract", "law_names.txt")
    samples = [*TEXTS[:20], "\n".join(names), "\n".join(n.upper() for n in names),
               "\n".join(n.lower().replace(" ", "  \n") for n in names)]
    for text in samples:
        for pos in _law_positions(text):
            expected = gazetteer.match(text, pos)
            found = citations._law_known(text, pos)
            assert (found and found.span()) == (expected and expected.span()), text[pos:pos + 60]


@SETTINGS
@given(legal_text)
def test_law_index_on_legal_looking_text(text):
    gazetteer = citations._law_gazetteer()
    for pos in range(len(text)):
        expected = gazetteer.match(text, pos)
        found = citations._law_known(text, pos)
        assert (found and found.span()) == (expected and expected.span())


def test_leading_letters_fold_as_loosely_as_ignorecase():
    """A prefilter must never reject what the case-insensitive pattern accepts: every character the regex module
    matches case-insensitively with a letter of a lexicon must fold to the same key."""
    letters = set()
    for name in ("issuer_stopwords.txt", "issuer_heads.txt", "law_names.txt"):
        for phrase in word_list("vnadmin.extract", name):
            letters |= {c for c in phrase if c.isalpha()}
    for _kind, words in tsv_rows("vnadmin.extract", "kinds.tsv"):
        letters |= {c for c in words if c.isalpha()}
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for letter in letters:
        for other in regex.findall(regex.escape(letter), everything, flags=regex.IGNORECASE):
            assert citations._fold(other) == citations._fold(letter), (letter, other)


def _split_by_start(by_start: dict, text: str, pos: int, key_text: str):
    pattern = by_start.get(citations._fold(regex.match(r"\p{L}*", key_text).group()))
    return pattern and pattern.match(text, pos)


def test_lexicons_split_by_leading_letters_match_as_the_whole():
    """The issuer heads and stops, looked up by the word's leading letters, match where the whole alternation
    matches (heads: with the same span); stops as the word's case asks."""
    head, heads = citations._issuer_head(), citations._issuer_heads_by_start()
    lexicon = [*citations._issuer_heads(), *citations._issuer_stop_phrases()[0], *citations._issuer_stop_phrases()[1]]
    samples = [*TEXTS, " ".join(FRAGMENTS), " ".join(f.upper() for f in FRAGMENTS), "\n".join(lexicon),
               "\n".join(f"và  {p.upper()}" for p in lexicon), "\n".join(f"pháp {p}" for p in lexicon),
               "\n".join(p[:1].upper() + p[1:] for p in lexicon)]
    for text in samples:
        for word in regex.finditer(r"[^\s,;:()“”\"]+", text):
            pos, title_case = word.start(), citations.is_title_case(word.group())
            stop, stops = citations._issuer_stop(title_case), citations._issuer_stops_by_start(title_case)
            assert bool(stop.match(text, pos)) == bool(_split_by_start(stops, text, pos, word.group())), text[pos:pos + 40]
            assert bool(citations._stop_at(word.group())) >= bool(stop.match(text, pos))
            expected, found = head.match(text, pos), _split_by_start(heads, text, pos, text[pos:])
            assert (expected and expected.span()) == (found and found.span()), text[pos:pos + 40]


def test_title_case_stop_words_that_begin_names_do_not_stop():
    assert citations._issuer_stop(False).match("Giao thông") and citations._issuer_stop(False).match("giao việc")
    assert not citations._issuer_stop(True).match("Giao thông")
    assert citations._issuer_stop(True).match("Về việc") and citations._issuer_stop(True).match("Nghị định")


@SETTINGS
@given(legal_text)
@example("Bộ và Pháp lệnh ")  # the plain pattern kept "và" + kind words from stopping after "Bộ"; the split did not
def test_lexicons_split_by_leading_letters_on_legal_looking_text(text):
    head = citations._issuer_head()
    for pos in range(len(text)):
        for title_case in (False, True):
            assert bool(citations._issuer_stop(title_case).match(text, pos)) == bool(
                _split_by_start(citations._issuer_stops_by_start(title_case), text, pos, text[pos:]))
        expected = head.match(text, pos)
        found = _split_by_start(citations._issuer_heads_by_start(), text, pos, text[pos:])
        assert (expected and expected.span()) == (found and found.span())


def test_no_required_string_keeps_the_matches():
    for pattern in (citations._AFTER_ISSUER, citations._AMENDING, citations._REVISED):
        plain = regex.compile(pattern.pattern[len("(?:"):-len("|(?!))")], pattern.flags)
        for text in TEXTS[:20]:
            for pos in range(0, len(text), 7):
                a, b = pattern.match(text, pos), plain.match(text, pos)
                assert (a and a.span()) == (b and b.span())


def _channels_reference(text: str) -> list[Channel]:
    """Every phrase looked for through the whole text with str.find (the formulation the automaton replaces)."""
    flat = text.lower().replace("\n", " ").replace("\t", " ").replace("\r", " ")
    if len(flat) != len(text):
        flat = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("\n", " ").replace("\t", " ")
    candidates = []
    for phrase, category in channels._lexicon():
        start = flat.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            if (start == 0 or not flat[start - 1].isalnum()) and (end == len(flat) or not flat[end].isalnum()):
                candidates.append((start, end, category))
            start = flat.find(phrase, start + 1)
    found, position = [], 0
    for start, end, category in sorted(candidates, key=lambda c: (c[0], c[0] - c[1])):
        if start >= position:
            found.append(Channel(start=start, end=end, text=text[start:end], category=category))
            position = end
    return found


def test_channels_automaton_is_the_full_search():
    every_phrase = " ; ".join(phrase for phrase, _ in channels._lexicon())
    for text in [*TEXTS, every_phrase, every_phrase.upper(), every_phrase.replace(" ", ""),
                 every_phrase.replace(" ; ", " "), "İ" + every_phrase.upper()]:
        assert channels.find_channels(text) == _channels_reference(text)


@SETTINGS
@given(st.lists(st.sampled_from([p for p, _ in channels._lexicon()] + [" ", "\n", "x", "1", ",", "İ", "Đ"]),
                max_size=12).map("".join))
def test_channels_automaton_on_phrases_run_together(text):
    """Phrases nested, overlapping and glued to letters or digits."""
    assert channels.find_channels(text) == _channels_reference(text)


@SETTINGS
@given(legal_text)
def test_channels_automaton_on_legal_looking_text(text):
    assert channels.find_channels(text) == _channels_reference(text)


_SUBJECT_CV_PLAIN = regex.compile(r"(?:^|(?<=[\n\t|]))[ \t*]*(?P<subject>(?:V/v|V/V|v/v|Về việc|VỀ VIỆC)\b[^\n\t|]*)")


def _assert_subject_cv(text: str, end: int) -> None:
    a, b = header._subject_cv(text, end), _SUBJECT_CV_PLAIN.search(text, 0, end)
    assert (a and (a.group("subject"), a.start("subject"), a.end())) == \
        (b and (b.group("subject"), b.start("subject"), b.end()))


@SETTINGS
@given(legal_text)
def test_subject_cv_is_the_line_start_pattern(text):
    _assert_subject_cv(text, min(len(text), header.HEAD_CHARS))


@SETTINGS
@given(st.lists(st.sampled_from(["V/v", "v/v", "V/V", "v/V", "/", "V", "v", "Về việc", "VỀ VIỆC", " ", "\n", "\t", "|",
                                 "x", "12/KH"]), max_size=10).map("".join), st.integers(0, 40))
def test_subject_cv_abbreviations_at_every_place(text, end):
    """The "/" walk finds V/v, V/V and v/v at the text's start, at the end of the head and next to each other."""
    _assert_subject_cv(text, min(len(text), end))


@SETTINGS
@given(st.lists(st.sampled_from(["TM.", "KT.", "TL.", "TUQ.", "Q.", "T.M.", "K.T.", "T.M", "K.T", "T/M", "K/T", "T/L", " ", "\n", "\t", "|", "*", "ỦY BAN",
                                 "CHỦ TỊCH", "x", "TUQ", "Q", "."]), max_size=16).map("".join),
       st.integers(0, 30), st.integers(0, 80))
def test_authority_lines_found_from_their_prefixes(text, start, end):
    """The prefixed lines found where a prefix stands are the pattern's matches that are no form's template line
    ("TM. UBND XÃ......"), in any window."""
    end = min(len(text), start + end)
    assert [m.span() for m in header._authority_lines(text, start, end)] == [
        m.span() for m in header.AUTHORITY_LINE.finditer(text, start, end) if not header._is_template(m.group())]


def test_authority_lines_on_the_texts():
    for text in TEXTS:
        assert [m.span() for m in header._authority_lines(text)] == [
            m.span() for m in header.AUTHORITY_LINE.finditer(text) if not header._is_template(m.group())]


def _authority_run_plain(text: str) -> list[tuple[int, int]]:
    found = list(header.AUTHORITY_LINE.finditer(text))
    return [m.span() for m in header._run_ending_last(text, found)] if found else []


_SIGNATURE_LINES = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A", "TL.\tBỘ TRƯỞNG", "Q. GIÁM ĐỐC",
                    "Nơi nhận:", "- Như trên;", "x" * 30, "", "| TUQ. CHỦ TỊCH |", "**KT. GIÁM ĐỐC**"]


@SETTINGS
@given(st.lists(st.sampled_from(_SIGNATURE_LINES), max_size=14).map("\n".join), st.integers(0, 120))
def test_authority_run_from_the_tail_is_the_whole_scan(text, tail_chars):
    """Whatever the tail's size, the run of prefixed lines found from the tail is the one of the whole scan."""
    saved = header.AUTHORITY_TAIL_CHARS
    header.AUTHORITY_TAIL_CHARS = tail_chars
    try:
        assert [m.span() for m in header._authority_run(text)] == _authority_run_plain(text)
    finally:
        header.AUTHORITY_TAIL_CHARS = saved


def test_authority_run_on_the_texts():
    for text in TEXTS:
        assert [m.span() for m in header._authority_run(text)] == _authority_run_plain(text)


_DATE_WORD = regex.compile(r"(?:ngày|ngay|tháng|năm)[ \t*]*\n?[ \t*]*$", regex.IGNORECASE)


def _date_word_start_plain(text: str, start: int, words: tuple[str, ...]) -> int:
    """The formulation _word_start replaces: the pattern searched in the 12 characters before the date."""
    before = _DATE_WORD.search(text, max(0, start - 12), start)
    if before and before.group(0).casefold().startswith(words):
        return before.start()
    return start


def _assert_date_words(text: str) -> None:
    for match in dates.DATE_RE.finditer(text):
        for words in dates._PREFIX_WORD.values():
            assert dates._word_start(text, match.start(), words) == _date_word_start_plain(text, match.start(), words)


DATE_WORD_CASES = ["ngày 18/12/2023", "ngày\n18/12/2023", "ngày\n\n18/12/2023", "ngày \n \n18/12/2023",
                   "ngày \n\n 18/12/2023", "ngày **18/12/2023", "NGÀY\t18 tháng 12 năm 2023", "xngày 18/12/2023",
                   "ngày tháng 12/2023", "năm\n\n2023", "Năm 2023", "tháng  *\n* 12/2023", "ngày\n\n\n18/12/2023"]


def _word_start_plain(text: str, match) -> int:
    """The start of a date mention as _word_start gives it, for every alternative of DATE_RE."""
    start = match.start()
    if match.group("yy"):
        return dates._word_start(text, start, dates._YEAR_WORDS)
    if match.group("my"):
        return dates._word_start(text, start, dates._MONTH_WORDS)
    if match.group("py2"):
        return start
    return dates._word_start(text, start, dates._DAY_WORDS) if "ngày" in text[max(0, start - 12):start].casefold() \
        else start


def _assert_year_starts(text: str) -> None:
    expected = [_word_start_plain(text, m) for m in dates.DATE_RE.finditer(text)]
    assert [d.start for d in dates.find_dates(text)] == expected


def test_year_word_found_without_the_search():
    """A date's word ("ngày ", "tháng ", "năm") right before it is found without _word_start's search, where
    _word_start finds it."""
    for text in [*TEXTS, " ".join(FRAGMENTS), *DATE_WORD_CASES, "năm \t 2023", "NĂM\t2024", "Năm 2023 và năm  2025",
                 "NGÀY 18/12/2023", "xngày 1/2/2023", "Tháng 12/2023", "ngày  1/2/2023", "tháng\t12/2023"]:
        _assert_year_starts(text)


def test_date_word_found_without_the_pattern():
    for text in [*TEXTS, " ".join(FRAGMENTS), *DATE_WORD_CASES]:
        _assert_date_words(text)


@SETTINGS
@given(st.lists(st.sampled_from(["ngày", "NGÀY", "Ngay", "tháng", "năm", "Năm", " ", "\t", "*", "\n", "x", "12",
                                 "18/12/2023", "12/2023", "2023", "tháng 12 năm 2023"]), max_size=12).map("".join))
def test_date_word_gaps(text):
    """Spaces, "*" and line breaks between the word and the digits, in every mix (the pattern's "$" also
    matches before a last line break, which allows a second one there)."""
    _assert_date_words(text)
    _assert_year_starts(text)


@SETTINGS
@given(st.lists(st.sampled_from(["*", "**", "***", "|", " | ", "\\", "\\.", "\\-", "a", " ", "\n", "x|y"]),
                max_size=30).map("".join))
def test_strip_markup_fast_path(text):
    assert strip_markup(text) == " ".join(_MARKUP.sub(" ", _EMPHASIS_IN_WORD.sub("", text)).split())


_WHITE_SPACE_KINDS = ["\n", "\t", "\r", "\xa0", "\u2003", "\u3000", "\x1c", "\x85", "\u2028", "\u200b", "\ufeff"]


@SETTINGS
@given(st.text(alphabet=st.sampled_from(["a", "Đ", " ", "."]), max_size=12)  # the fast path's own texts
       | st.text(alphabet=st.sampled_from(["a", "Đ", " ", ".", *_WHITE_SPACE_KINDS]), max_size=30))
def test_collapse_spaces_returns_a_collapsed_text_as_it_is(text):
    assert collapse_spaces(text) == " ".join(text.split())


def test_every_whitespace_but_the_space_is_unprintable():
    """What the fast path of collapse_spaces relies on, over all of Unicode."""
    assert not [c for c in map(chr, range(0x110000)) if c.isspace() and c != " " and c.isprintable()]


def test_headings_tried_on_every_possible_line():
    """Skipping lines that start with a lower-case letter not followed by ")", or with digits not followed by "." or
    ")", loses no heading."""
    digits = "1. a\n12) b\n1.2. c\n1.2.3 d\n123. e\n13,6\n0304.43.00 - - Cá\n1\n12\n1٣. f\n1.\n**2. g\n9)"
    for text in [*TEXTS, "\n".join(f"{c}) x\n{c}. y\n{c}x\n  {c})\ty" for c in "abcđpcmPCMĐ"), digits]:
        position, every = 0, []
        for line in text.split("\n"):
            stripped = line.lstrip(" \t>#*|")
            if stripped and stripped[0] in sections._HEADING_FIRST:
                match = sections.HEADING_RE.match(text, position, position + len(line))
                if match:
                    every.append(match.span())
            position += len(line) + 1
        assert [m.span() for m in sections._heading_lines(text)] == every


@SETTINGS
@given(st.lists(st.sampled_from(["Hương", " Trà", "UBND", "BC-UBND", "TP.", "Hồ Chí Minh", "\n", "\n\n", " \n \n",
                                 "\t", " ", "-", "Số: 3457/", "phố", " xã", "’", "'", ".", ":", "1", "Đ"]),
                max_size=30).map("".join))
def test_place_searched_after_what_no_place_holds(before):
    start = header._NOT_IN_PLACE.search(before).end()
    a, b = header.PLACE_BEFORE.search(before, start), header.PLACE_BEFORE.search(before)
    assert (a and a.span()) == (b and b.span())


def test_named_kinds_are_the_scan():
    for text in [*TEXTS, " ".join(FRAGMENTS), "Bộ  \n luật; BỘ LUẬT, Pháp\tlệnh PHÁP LỆNH Hiến pháp HIẾN PHÁP pháp luật"]:
        assert _spans(citations._named_kinds(text)) == _spans(citations._NAMED_KIND.finditer(text))


@SETTINGS
@given(legal_text)
def test_named_kinds_on_legal_looking_text(text):
    assert _spans(citations._named_kinds(text)) == _spans(citations._NAMED_KIND.finditer(text))


def test_closing_from_the_list_of_closings():
    from vnadmin.extract import difficulties

    for text in [*TEXTS, "x\nTrên đây là\n\nNơi nhận\n TM. A\nKT. B\n**Nơi nhận"]:
        closings = [m.start() for m in difficulties._CLOSING.finditer(text)]
        for start in range(0, len(text) + 1, max(1, len(text) // 300)):
            assert difficulties._closing_after(closings, start, len(text)) == difficulties._closing(text, start)


def _date_after_plain(text: str, pos: int):
    """The formulation _date_after replaces: the short glue pattern, else the law's, then the full date."""
    glue = citations._AFTER_NUMBER_DATE.match(text, pos) or citations._AFTER_LAW_DATE.match(text, pos)
    match = glue and (citations.FULL_DATE_AT_START.match(text, glue.end())
                      or citations._DATE_WORDS_MISTYPED.match(text, glue.end())
                      or citations._DATE_WORDS_MARKED.match(text, glue.end()))
    return dates.date_from_match(match) if match else None


def test_date_after_a_mention_in_the_common_layout():
    """" ngày" right after a mention is read without the glue patterns: the same date, the same span."""
    for text in [*TEXTS, "số 5/QĐ ngày 5/3/2024", "số 5/QĐ  ngày 5/3/2024", "số 5/QĐ Ngày 5/3/2024",
                 "Luật X được Quốc hội khóa XV thông qua tại kỳ họp thứ 9 ngày 26 tháng 6 năm 2025", " ngày"]:
        for pos in [m.end() for m in NUMBER_RE.finditer(text)] + [i for i in range(len(text))
                                                                   if text.startswith(" ngày", i)]:
            assert citations._date_after(text, pos, {}) == _date_after_plain(text, pos)


def test_citation_dates_taken_from_the_dates_found():
    """A citation's date looked up among the dates find_dates read is the date read again after the number."""
    for text in [*TEXTS, " ".join(FRAGMENTS), *DATE_WORD_CASES]:
        assert citations.find_citations(text, None, dates.find_dates(text)) == citations.find_citations(text)


@SETTINGS
@given(legal_text)
def test_citation_dates_taken_from_the_dates_found_on_legal_looking_text(text):
    assert citations.find_citations(text, None, dates.find_dates(text)) == citations.find_citations(text)


def test_no_kind_words_end_in_a_non_citation_word():
    """find_numbered looks for a non-citation word ("Mẫu số", "Phụ lục") only when no kind words stand right
    before the number: both cannot end the same text."""
    tail = citations._non_citation_tail()
    for variant in citations._kind_table()[1]:
        for text in (variant, variant.upper(), variant.capitalize()):
            for glue in (" số ", " số: ", " ", "  số hiệu ", " so ", "\nsố\n"):
                assert citations._kind_right_before(text + glue + "1/QĐ-UBND", len(text + glue)) is not None
                assert tail.search(text + glue) is None, (text, glue)


def _context_plain(text: str, start: int) -> str:
    """context_of with the clause patterns tried on every clause (no first-letter prefilter)."""
    def clause(words: str, listed: bool = False) -> str:
        if citations._CONTEXT_CAN_CU.match(words):
            return "can_cu"
        pattern = citations._CONTEXT_THUC_HIEN_LIST if listed else citations._CONTEXT_THUC_HIEN
        return "thuc_hien" if pattern.match(words) else "body"

    sentence = citations._sentence_start(text, start)
    semicolon = text.rfind(";", sentence, start)
    found = clause(text[max(sentence, semicolon + 1):start])
    if found == "body" and semicolon >= 0 and start - sentence <= citations._LISTED_BASES_REACH:
        return clause(text[sentence:start], listed=True)
    return found


@SETTINGS
@given(st.lists(st.sampled_from([" ", "\u00a0", "\u2003", "\u3000", "\x1c", "\t", "\n", ";", "*", "-", "•", "|", "+",
                                 "Căn cứ", "CĂN CỨ", "căn\ncứ", "Thực hiện", "theo", "Trên cơ sở", "tiếp theo", "x",
                                 "Theodõi", "Quyết định số 1/QĐ-UBND"]), max_size=12).map("".join))
def test_context_prefilter_keeps_the_patterns_answer(text):
    for start in range(len(text) + 1):
        assert citations.context_of(text, start) == _context_plain(text, start)


def _looks_vietnamese_plain(text: str, sample: int = 20_000) -> bool:
    head = text[:sample].lower()
    letters = sum(1 for c in head if c.isalpha())
    if letters < 200:
        return True
    return sum(1 for c in head if c in pipeline._VIETNAMESE_LETTERS) >= 0.02 * letters


@SETTINGS
@given(st.lists(st.sampled_from(["a", "b", "the ", "đ", "Ư", "ệ", "ờ", " ", "\n", "1", "İ", ".", "x" * 50,
                                 "đường " * 5, "English words " * 20]), max_size=200).map("".join),
       st.sampled_from([20_000, 300, 2_000, 2_001, 50]))
def test_language_check_stops_early_with_the_same_answer(text, sample):
    assert pipeline.looks_vietnamese(text, sample) == _looks_vietnamese_plain(text, sample)


LANGUAGE_CASES = [
    ("đ" + "a" * 36 + " ") * 50 + "english text " * 1500,  # Vietnamese enough in the first chunk, not in the sample
    "english text " * 1500 + ("đ" + "a" * 36 + " ") * 50,
    "english text " * 20 + "đ" * 10,
    "đường " * 10,
    "",
]


def test_language_check_on_the_texts():
    for text in [*TEXTS, *LANGUAGE_CASES]:
        assert pipeline.looks_vietnamese(text) == _looks_vietnamese_plain(text)
    assert [pipeline.looks_vietnamese(text) for text in LANGUAGE_CASES] == [False, False, True, True, True]


@SETTINGS
@given(st.binary(max_size=300).map(lambda data: data.replace(b"\x00", b"\x01")))  # no NUL: the UTF-16 branch
def test_control_bytes_counted_without_a_loop(head):
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    assert sniff._looks_binary(head) == (control > len(head) * 0.05)


NUMBER_PIECES = ["12", "2033", "1234567", "0", " ", "\t", "\n", "/", " / ", "-", " - ", "QĐ", "UBND", "TTr", "NN&PTNT",
                 "NQ", "TW", "2017", "x", "Số", ".", "a", "٣", "²", "1/", "/2024/", "2²/", "٣/QĐ"]


@SETTINGS
@given(st.lists(st.sampled_from(NUMBER_PIECES), max_size=30).map("".join))
def test_spaced_numbers_found_from_their_anchors(text):
    """The close-up passes try their patterns only at the digits before each "/" and "-": same matches."""
    for pattern, anchor in ((normalize_module._SPACED_NUMBER, "/"), (normalize_module._SPACED_PARTY_NUMBER, "-")):
        assert [m.span() for m in normalize_module.matches_after_digits(pattern, text, anchor)] == \
            [m.span() for m in pattern.finditer(text)]


def test_spaced_numbers_found_from_their_anchors_on_the_texts():
    for text in TEXTS:
        for pattern, anchor in ((normalize_module._SPACED_NUMBER, "/"), (normalize_module._SPACED_PARTY_NUMBER, "-")):
            assert [m.span() for m in normalize_module.matches_after_digits(pattern, text, anchor)] == \
                [m.span() for m in pattern.finditer(text)]


@SETTINGS
@given(st.lists(st.sampled_from(["\n", "a", "bc", "\r", "\n\n", "x" * 40]), max_size=40).map("".join))
def test_longest_line_split_or_walked(text):
    from vnadmin.ingest import readers

    walked = max((len(line) for line in text.split("\n")), default=0)
    assert readers.longest_line(text) == walked
    saved = readers._SPLIT_MAX_CHARS
    readers._SPLIT_MAX_CHARS = 0  # the walk kept for texts too large to split
    try:
        assert readers.longest_line(text) == walked
    finally:
        readers._SPLIT_MAX_CHARS = saved


def test_item_lead_characters_are_the_patterns():
    """The characters str.lstrip takes from a recipient's start are those the plain pattern takes, over Unicode."""
    assert set(header._ITEM_LEAD_CHARS) == {c for c in map(chr, range(0x110000)) if header._ITEM_LEAD.match(c)}


# The recipients' label and the archive's item, found from the end: the patterns searched backwards they replace
_NOI_NHAN_BACKWARDS = regex.compile(header.NOI_NHAN.pattern, header.NOI_NHAN.flags | regex.REVERSE)
_ARCHIVE_ITEM_BACKWARDS = regex.compile(r"(?<=(?:^|[\n;|])[ \t*]*[-–+•][ \t*]*)Lưu\b[^\n|]*", regex.REVERSE)
TAIL_PIECES = ["Nơi", "NƠI", " ", "\t", "\n", "nhận", "NHẬN", ":", "*", "|", ";", "-", "–", "+", "•", "Lưu", "Lưu:",
               "a", "Lưut", "VT", ".", "x", "Nơi nhận:", "- Lưu: VT, NC."]


def _tail_cases(text: str):
    return [0, len(text) // 3, len(text) // 2, len(text) - 1, len(text)] if text else [0]


def test_last_recipients_label_and_archive_item_are_the_backward_searches():
    for text in [*TEXTS, "Nơi nhận:\n- A;\n- Lưu: VT.\n\nNƠI\nNHẬN :\n- B; - Lưu VT | - Lưu: x",
                 "- Như trên;\n- Lưu: VT; - Lưu: NC (2).\nNơi nhận: x\n", "x- Lưu: VT\n- Lưuý; -Lưu"]:
        for pos in _tail_cases(text):
            found, fast = _NOI_NHAN_BACKWARDS.search(text, 0, pos), header._last_noi_nhan(text, pos)
            assert (found and found.span()) == (fast and fast.span())
            archive = _ARCHIVE_ITEM_BACKWARDS.search(text, pos)
            assert (archive and archive.span()) == header._archive_item(text, pos)


@SETTINGS
@given(st.lists(st.sampled_from(TAIL_PIECES), max_size=40).map("".join), st.integers(0, 400))
def test_last_recipients_label_and_archive_item_on_list_looking_text(text, pos):
    pos = min(pos, len(text))
    found, fast = _NOI_NHAN_BACKWARDS.search(text, 0, pos), header._last_noi_nhan(text, pos)
    assert (found and found.span()) == (fast and fast.span())
    archive = _ARCHIVE_ITEM_BACKWARDS.search(text, pos)
    assert (archive and archive.span()) == header._archive_item(text, pos)


# The closing formula's pattern, its line start checked behind its first word: the pattern with the line start first
_LINE_START_BEHIND, _LINE_START_FIRST = r"(?<=(?:^|\n)[ \t*]*)Được", r"(?:^|(?<=\n))[ \t*]*Được"
_ADOPTION_LINE_START_FIRST = regex.compile(header.ADOPTION.pattern.replace(_LINE_START_BEHIND, _LINE_START_FIRST))


@SETTINGS
@given(st.lists(st.sampled_from(["Luật này ", "Nghị quyết này đã ", "được ", "Được ", "\n", " ", "*", "\t",
                                 "Quốc hội ", "Ủy ban Thường vụ Quốc hội ", "khóa XV, ", "thông qua ", "ngày ",
                                 "1", ".", ";", "a"]), max_size=30).map("".join))
@example("Luật này được Quốc hội khóa XV thông qua ngày 1.\n Được Quốc hội thông qua ngày 1;aĐược Quốc hội thông qua ngày")
@example("*Được Ủy ban Thường vụ Quốc hội thông qua ngày\n\t*Được Quốc hội thông qua ngày")
def test_closing_formula_ends_where_the_line_start_first_pattern_ends(text):
    assert _LINE_START_BEHIND in header.ADOPTION.pattern
    assert [m.end() for m in header.ADOPTION.finditer(text)] == \
        [m.end() for m in _ADOPTION_LINE_START_FIRST.finditer(text)]


# The date scan's first check (one or two digits and what follows them, or a year) is what every alternative needs
_DATE_RE_UNCHECKED = regex.compile(dates.DATE_RE.pattern.replace(dates.DATE_NEXT, "", 1), dates.DATE_RE.flags)
DATE_PIECES = ["ngày", "Ngày", "NGÀY", " ", "  ", "\t", "\n", "\n\n", "*", "tháng", "THÁNG", "Tháng", "năm", "NĂM", "/",
               ".", "-", "–", " / ", ",", "1", "12", "5", "0304", "2023", "1999", "2021", "43", "a", "Số"]


def test_date_scan_checked_first_finds_what_the_unchecked_scan_finds():
    assert dates.DATE_NEXT in dates.DATE_RE.pattern
    for text in [*TEXTS, "ngày 18 tháng 12 năm 2023; 18/12/2023, 0304.43.00 13,6 ngày 01 / 8 / 2023 tháng 12/2023 "
                 "năm 2023 2021 - 2025 12tháng 5 năm 2024 ngày 5\n\ntháng 6*\n\n*năm 2025 THÁNG 7 NĂM 2020"]:
        assert _spans(dates.DATE_RE.finditer(text)) == _spans(_DATE_RE_UNCHECKED.finditer(text))


@SETTINGS
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=40).map("".join))
def test_date_scan_checked_first_on_date_looking_text(text):
    assert _spans(dates.DATE_RE.finditer(text)) == _spans(_DATE_RE_UNCHECKED.finditer(text))


def _in_web_address_plain(text: str, pos: int) -> bool:
    """The formulation in_web_address replaces: the word between the nearest white characters found by str.rfind/find."""
    start = max(text.rfind(white, 0, pos) for white in (" ", "\n", "\t")) + 1
    ends = [found for found in (text.find(white, pos) for white in (" ", "\n", "\t")) if found >= 0]
    word = text[start:min(ends) if ends else len(text)]
    return "://" in word or word.startswith("www.") or numbers._PERCENT_ESCAPE.search(word) is not None


@SETTINGS
@given(st.lists(st.sampled_from(["https://", "www.", "vbpl.vn", "%20", "%E1", "%2", " ", "\n", "\t", "\r", "31/2015/N",
                                 "&Keyword=", "S", "a"]), max_size=20).map("".join), st.integers(0, 200))
def test_web_address_word_read_to_its_ends(text, pos):
    pos = min(pos, len(text))
    assert numbers.in_web_address(text, pos) == _in_web_address_plain(text, pos)


# The gazette's page breaks and the signing stamps, tried only where their first words stand: the patterns' scans
PAGE_PIECES = ["CÔNG BÁO/Số 273/Ngày 14-05-2026", "CÔNG BÁO/Số 5/Ngày 1-1-2026     7", "\n", "\n\n", " ", "\t", "85",
               "12345", "x", "của Bộ trưởng", "Người ký: A", "Ký bởi: B", "Thời gian ký: 04.01.2024 16:24:40 +07:00",
               "Ngày ký: 2026-06-26 13:48:23", "Email: a@b", "CÔNG BÁO/"]
RAW_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(CORPORA.rglob("*.txt"))] + (
    [p.read_text(encoding="utf-8") for p in random.Random(11).sample(sorted(SHARED_REAL.rglob("*.txt")), 40)]
    if SHARED_REAL.exists() else [])


def test_page_breaks_and_stamps_found_from_their_words_are_the_scans():
    for text in [*RAW_TEXTS, "a\n\n85\n\nCÔNG BÁO/Số 1/Ngày 1-1-2026\n\nb\n7\nCÔNG BÁO/Số 2\n\n9\n\n9\nc",
                 "x\nNgười ký: A\nEmail: e\nThời gian ký: 04.01.2024 16:24:40\n  Ký bởi: B\nNgày ký: 2026 13:48:23"]:
        assert _spans(normalize_module._gazette_page_break_matches(text)) == \
            _spans(normalize_module._GAZETTE_PAGE_BREAK.finditer(text))
        assert _spans(normalize_module._signing_stamps(text)) == _spans(normalize_module._SIGNING_STAMP.finditer(text))


@SETTINGS
@given(st.lists(st.sampled_from(PAGE_PIECES), max_size=40).map("".join))
def test_page_breaks_and_stamps_found_from_their_words_on_gazette_looking_text(text):
    assert _spans(normalize_module._gazette_page_break_matches(text)) == \
        _spans(normalize_module._GAZETTE_PAGE_BREAK.finditer(text))
    assert _spans(normalize_module._signing_stamps(text)) == _spans(normalize_module._SIGNING_STAMP.finditer(text))


@SETTINGS
@given(st.lists(st.sampled_from(["a", "o", "\u0300", "\u0301", "\u0323", "\u0309", "\u0303", " ", "\n", "Ư", "ơ",
                                 "\u20dd"]), max_size=30).map("".join))
@example("\u0301a\u0300\u0301 o\u0323")
def test_decomposed_runs_found_from_their_marks(text):
    assert _spans(normalize_module._decomposed_runs(text)) == _spans(normalize_module._DECOMPOSED.finditer(text))


@SETTINGS
@given(st.lists(st.sampled_from(["Quy", "Õt", "®Þnh", "ngµy", "Vieät", "hóa", "ư", "\u0301", " ", "\n", "\u00a0",
                                 "\u0085", "§", "°", "a", ".", ",", "-", "é"]), max_size=30).map("".join))
@example("QuyÕt ®Þnh\u00a0ngµy hóa.Vieät§ư° é\u0301a")
def test_latin1_words_read_token_by_token(text):
    from vnadmin.ingest import legacy

    assert legacy._latin1_words(text) == set(legacy._LATIN1_WORD.findall(text))


def _cells_split_at_every_line(text: str, start: int, end: int) -> list[tuple[str, int]]:
    cells, pos = [], start
    for raw_line in text[start:end].split("\n"):
        cell_start = pos
        for cell in header._CELL_SPLIT.split(raw_line):
            cells.append((cell, cell_start))
            cell_start += len(cell) + 1
        pos += len(raw_line) + 1
    return cells


HEADER_FRAGMENTS = ["QUYẾT ĐỊNH", "Quyết định", "CÔNG VĂN", "LUẬT ĐẤT ĐAI", "LUẬT SỐ", "BỘ LUẬT", "THÔNG TƯ1", "**", "*",
                    "****", "Về việc", "\n", "\t", " | ", "|", "\\", "\\-", " ", "\u00a0", "\u3000", "\x1c", "-", "–",
                    ":", ";", "Q", "q", "Đ", "1", "İ", "ı", "NGHỊ QUYẾT****Về", "_", "#"]


@SETTINGS
@given(st.lists(st.sampled_from(HEADER_FRAGMENTS), max_size=30).map("".join))
def test_header_lines_split_only_where_a_cell_mark_stands(text):
    assert list(header._lines_with_offsets(text, 0, len(text))) == _cells_split_at_every_line(text, 0, len(text))


def test_header_lines_split_only_where_a_cell_mark_stands_on_the_texts():
    for text in TEXTS:
        end = min(len(text), 6000)
        assert list(header._lines_with_offsets(text, 0, end)) == _cells_split_at_every_line(text, 0, end)


def _title_after_every_line(text: str, start: int, end: int):
    with mock.patch.object(header, "_may_begin_a_title", lambda line: True):
        return header._title_after(text, start, end)


@SETTINGS
@given(st.lists(st.sampled_from(HEADER_FRAGMENTS), max_size=30).map("".join))
@example("\u00a0QUYẾT ĐỊNH")
@example("*\u3000 **CÔNG VĂN**")
@example("\\QUYẾT ĐỊNH")
def test_title_prefilter_skips_no_title(text):
    for line, _ in header._lines_with_offsets(text, 0, len(text)):
        if not header._may_begin_a_title(line):
            assert _title_after_every_line(line, 0, len(line)) is None
    assert header._title_after(text, 0, len(text)) == _title_after_every_line(text, 0, len(text))


def test_title_prefilter_on_the_texts():
    for text in TEXTS:
        end = min(len(text), header.HEAD_CHARS)
        assert header._title_after(text, 0, end) == _title_after_every_line(text, 0, end)


ABBREVIATION_FRAGMENTS = ["TT.Huế", "VH&TT&TT", "V/v", "V/v.", "TP.", "Tp.", "TT.", "UBND", "tỉnh", ".", "&", "/", " ",
                          "\n", "5", "2023", "a", "Đ", "x.y", "m²", "ǅ", "İ", "A.B.5", "Hà Nội.", "3457/BC-UBND"]


@SETTINGS
@given(st.lists(st.sampled_from(ABBREVIATION_FRAGMENTS), max_size=40).map("".join))
@example("TT.Huế.5")
@example("A.B./C")
def test_abbreviations_found_around_their_separators(text):
    assert segment._abbreviations(text) == [m.span() for m in segment._ABBREVIATION.finditer(text)]


def test_abbreviations_found_around_their_separators_on_the_texts():
    for text in TEXTS:
        assert segment._abbreviations(text) == [m.span() for m in segment._ABBREVIATION.finditer(text)]


def _normalized_checking_nfc_only(text: str):
    with mock.patch.object(normalize_module, "_needs_composing",
                           lambda text: not normalize_module.unicodedata.is_normalized("NFC", text)):
        return normalize(text)


@SETTINGS
@given(st.lists(st.sampled_from(["a", "e", "x", "q", "é", "ế", "\u0301", "\u0302", "\u0300", "\u0323", "\u0306",
                                 "\u031b", "\u20dd", "\u212b", "\u1100", "\u1161", "\u11a8", "ǅ", "ά", " ", "\n",
                                 "Quyết định số 1/QĐ-UBND"]), max_size=30).map("".join))
@example("x\u0301 ngày")  # an NFC text that holds a combining acute: the pass runs and changes nothing
@example("e\u0302\u0301\u212b")
def test_composing_pass_run_on_an_acute_changes_what_the_nfc_check_changes(text):
    fast, plain = normalize(text), _normalized_checking_nfc_only(text)
    assert (fast.text, fast.maps) == (plain.text, plain.maps)


def test_composing_pass_run_on_an_acute_on_the_texts():
    for text in [*TEXTS, "Quye\u0302\u0301t \u0111i\u0323nh " * 50]:
        fast, plain = normalize(text), _normalized_checking_nfc_only(text)
        assert (fast.text, fast.maps) == (plain.text, plain.maps)


_TONE_PLAIN = regex.compile(r"(?<![qQ])[oOuU][" + "".join(sorted({key[1] for key in normalize_module._TONE_TABLE}))
                            + r"](?!\p{L}|\p{M})")


@SETTINGS
@given(st.lists(st.sampled_from(["o", "O", "u", "U", "q", "Q", "h", "à", "Ạ", "ý", "Ỳ", "é", "a", " ", "\n", "\u0301",
                                 "hoà", "quý", "Uỷ"]), max_size=30).map("".join))
@example("oà")
@example("qoà")
def test_tone_pairs_checked_behind_once_found(text):
    assert _spans(normalize_module._TONE_PATTERN.finditer(text)) == _spans(_TONE_PLAIN.finditer(text))


def test_tone_pairs_checked_behind_once_found_on_the_texts():
    for text in TEXTS:
        assert _spans(normalize_module._TONE_PATTERN.finditer(text)) == _spans(_TONE_PLAIN.finditer(text))


def _merge_token_by_token(tokens, protected):
    """segment._merge as it was: every token walked."""
    out, index = [], 0
    for start, end in protected:
        while index < len(tokens) and tokens[index][1] <= start:
            out.append(tokens[index])
            index += 1
        if index < len(tokens) and tokens[index][0] < start:
            out.append((tokens[index][0], start))
        out.append((start, end))
        while index < len(tokens) and tokens[index][1] <= end:
            index += 1
        if index < len(tokens) and tokens[index][0] < end:
            tokens[index] = (end, tokens[index][1])
    out += tokens[index:]
    return [(a, b) for a, b in out if b > a]


def _cut_token_by_token(tokens, boundaries):
    """segment._cut as it was: every token looked up among the sorted boundaries."""
    marks, out = sorted(boundaries), []
    for start, end in tokens:
        i = bisect.bisect_right(marks, start)
        while i < len(marks) and marks[i] < end:
            if marks[i] > start:
                out.append((start, marks[i]))
                start = marks[i]
            i += 1
        out.append((start, end))
    return [(a, b) for a, b in out if b > a]


def _spans_in_order(cuts: list[int], size: int = 200) -> list[tuple[int, int]]:
    """Spans in text order, none overlapping, none empty, between the sorted distinct cut points."""
    points = sorted({c % size for c in cuts})
    return [(a, b) for a, b in zip(points[0::2], points[1::2])]


@SETTINGS
@given(st.lists(st.integers(0, 199), max_size=60), st.lists(st.integers(0, 199), max_size=20),
       st.sets(st.integers(0, 200), max_size=30))
def test_protected_spans_and_boundaries_find_their_tokens_by_bisection(token_points, protected_points, boundaries):
    tokens, protected = _spans_in_order(token_points), _spans_in_order(protected_points)
    merged = segment._merge(list(tokens), protected)
    assert merged == _merge_token_by_token(list(tokens), protected)
    assert segment._cut(merged, boundaries) == _cut_token_by_token(merged, boundaries)


def test_protected_spans_and_boundaries_find_their_tokens_by_bisection_on_the_texts():
    words = segment.Segmenter("underthesea", cache_lines=0)
    changed = 0
    for path in sorted(CORPORA.rglob("*.txt")):
        document = pipeline.process_path(path)
        text = document.text
        tokens = []
        for line in segment._LINE.finditer(text):
            if line.group(0).strip():
                tokens += [(line.start() + a, line.start() + b) for a, b in words._line(line.group(0))]
        protected = segment._protected(text)
        merged = segment._merge(list(tokens), protected)
        assert merged == _merge_token_by_token(list(tokens), protected)
        boundaries = Extraction(header=document.header, citations=document.citations, dates=document.dates,
                                sections=document.sections, channels=document.channels, items=document.items,
                                quantities=document.quantities).boundaries()
        cut = segment._cut(merged, boundaries)
        assert cut == _cut_token_by_token(merged, boundaries)
        changed += len(cut) > len(merged)
    assert changed  # (the boundaries do cut tokens of these texts)


# Passes made linear (review: inputs whose cost grew with the square of a run's length). Each against the plain
# formulation it replaces.
_CYRILLIC_TOKEN_PLAIN = regex.compile(r"[\p{L}\d/&\-]*\p{Script=Cyrillic}[\p{L}\d/&\-]*")


def _latinize_plain(text: str) -> str:
    return _CYRILLIC_TOKEN_PLAIN.sub(lambda m: m.group().translate(normalize_module._HOMOGLYPHS_MIXED)
                                     if regex.search(r"[A-Za-z\d/]", m.group()) else m.group(), text)


@SETTINGS
@given(st.lists(st.sampled_from(["С", "Р", "СР", "а", "\u0483", "Д", "40/2026/NĐ-", "НĐ", "/", "-", "&", "12", " ",
                                 "\n", "a", "Đ", ",", "-" * 30, "x" * 20]), max_size=30).map("".join))
@example("40/2026/NĐ-СР")
@example("С\n" + "-" * 50)
def test_cyrillic_tokens_read_from_their_letters_are_the_pattern(text):
    assert normalize_module._latinize_cyrillic_tokens(text) == _latinize_plain(text)


def test_cyrillic_tokens_read_from_their_letters_on_the_texts():
    for text in RAW_TEXTS:
        assert normalize_module._latinize_cyrillic_tokens(text) == _latinize_plain(text)


@SETTINGS
@given(st.lists(st.sampled_from(["12", "/", "2024/", "NĐ", "CP", "BTC", "\u2013", "\u2212", "\u2012", "-", "a", " ",
                                 "&", "Đ", "QH15"]), max_size=30).map("".join))
@example("01/2014/TT\u2212BNV\u2212BXD")
def test_bounded_look_backs_find_what_the_unbounded_ones_find_in_numbers(text):
    """A number's parts are short and few: bounding the look behind a dash to 8 parts of 30 characters, and the
    look around a "*" to 40, changes nothing on number-sized text."""
    dash = regex.compile(r"(?<=\d/(?:[\p{L}\d&]+[-\u2012\u2013\u2212])*\p{Lu}[\p{L}&]*)[\u2012\u2013\u2212](?=\p{Lu})")
    assert [m.span() for m in normalize_module._DASH_IN_CODE.finditer(text)] == [m.span() for m in dash.finditer(text)]


@SETTINGS
@given(st.lists(st.sampled_from(["39/2024/QH", "*", "**", "1", "5", "/", "-", "a", "Đ", " ", "số ", "52/2025/NĐ-CP"]),
                max_size=25).map("".join))
@example("39/2024/QH**1**5")
def test_bounded_emphasis_look_arounds_find_what_the_unbounded_ones_find(text):
    plain = regex.compile(normalize_module._EMPHASIS_INSIDE.pattern.replace("{0,40}", "*"))
    assert [m.span() for m in normalize_module._EMPHASIS_INSIDE.finditer(text)] == \
        [m.span() for m in plain.finditer(text)]


@SETTINGS
@given(st.lists(st.sampled_from(["Số", "SỐ", "số", ":", " ", "\t", "*", "|", "\n", "---", "12/QĐ-UBND", "a",
                                 "Luật số "]), max_size=30).map("".join))
def test_bounded_number_line_finds_what_the_unbounded_one_finds(text):
    plain = regex.compile(header.NUMBER_LINE.pattern.replace("{0,400}", "*"))
    assert [m.span() for m in header.NUMBER_LINE.finditer(text)] == [m.span() for m in plain.finditer(text)]


@SETTINGS
@given(st.lists(st.sampled_from(["1", "23", " ", "\t", "\n", " " * 30, "x", "/"]), max_size=20).map("".join))
def test_digits_before_an_anchor_split_their_blanks_one_way(text):
    plain = regex.compile(r"\d+[ \t]*\n?[ \t]*", regex.REVERSE)
    for end in range(len(text) + 1):
        new, old = normalize_module._DIGITS_BEFORE.match(text, 0, end), plain.match(text, 0, end)
        assert (new and new.span()) == (old and old.span())
