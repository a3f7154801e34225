"""Legacy Vietnamese font encodings (TCVN3/ABC, VNI-Windows): bytes and mojibake converted to Unicode, word by
word, recorded in ``encoding`` and ``warnings``; real symbols (°C, m², ±, µg, ®) and genuine Unicode untouched."""
from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import vnadmin
from conftest import SHARED_REAL, make_pdf, need_shared
from test_cli import VNADMIN, run
from vnadmin.ingest import IngestError, legacy, read_bytes
from vnadmin.ingest.readers import decode_text

REAL_TCVN3 = "vbpl_html/quyet-dinh-1408-qd-bxd-vbpqta-10997.txt"


def encode(text: str, encoding: str) -> bytes:
    """Unicode → legacy bytes with the inverse of vnadmin's table (the test's own encoder)."""
    inverse = legacy.inverse_table(encoding)
    return "".join(inverse.get(char, char) for char in text).encode("cp1252")


def mojibake(text: str, encoding: str) -> str:
    """What a legacy document looks like once its bytes were read as Windows-1252 and saved as UTF-8."""
    return encode(text, encoding).decode("cp1252")


# --- the tables -------------------------------------------------------------------------------------------

LOWER = ("aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ")


def test_tables_cover_the_vietnamese_alphabet():
    vietnamese = {c for c in LOWER if not c.isascii()}
    tcvn3 = set(legacy.table("tcvn3").values())
    assert tcvn3 == vietnamese | set("ĂÂÊÔƠƯĐ")  # 67 small letters and the 7 capitals without a tone
    assert len(legacy.table("tcvn3")) == 74 and all(len(k) == 1 and k >= "\u00a1" for k in legacy.table("tcvn3"))
    vni = set(legacy.table("vni").values())
    assert vni == vietnamese | {c.upper() for c in vietnamese}
    assert len(legacy.table("vni")) == 134  # a single byte, or a vowel (ơ and ư are single bytes) and a mark
    assert all(len(k) == 1 or len(k) == 2 and k[0] in "aeouyAEOUYôöÔÖ" for k in legacy.table("vni"))


TCVN3_CASES = [
    ("ngµy", "ngày"), ("th¸ng", "tháng"), ("n¨m", "năm"), ("QuyÕt ®Þnh", "Quyết định"),
    ("ViÖt Nam", "Việt Nam"), ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"), ("Uû ban nh©n d©n", "Uỷ ban nhân dân"),
    ("tr\u00adêng", "trường"), ("Bé tr\u00adëng", "Bộ trưởng"), ("29/2007/Q§-BXD", "29/2007/QĐ-BXD"),
    ("N¬i nhËn", "Nơi nhận"), ("Chñ tÞch", "Chủ tịch"), ("b¸o c¸o", "báo cáo"), ("Hµ Néi", "Hà Nội"),
    ("Kh¸nh Hßa", "Khánh Hòa"), ("§¾k L¾k", "Đắk Lắk"), ("Thñ t\u00adíng ChÝnh phñ", "Thủ tướng Chính phủ"),
    ("cã hiÖu lùc thi hµnh kÓ tõ ngµy ký", "có hiệu lực thi hành kể từ ngày ký"),
    ("ph¶i ®\u00adîc göi", "phải được gửi"), ("MÉu chøng chØ", "Mẫu chứng chỉ"), ("¡n, ¢u, £m, ¤, ¥, ¦", "Ăn, Âu, Êm, Ô, Ơ, Ư"),
    ("QUYÕT §ÞNH", "QUYẾT ĐỊNH"),  # caps lock in a .VnTime font: capitals with tones have no code
]

VNI_CASES = [
    ("Quyeát ñònh", "Quyết định"), ("UÛy ban nhaân daân", "Ủy ban nhân dân"), ("Vieät Nam", "Việt Nam"),
    ("ngaøy 31 thaùng 12 naêm 2007", "ngày 31 tháng 12 năm 2007"),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"), ("tröôøng", "trường"),
    ("Thuû töôùng Chính phuû", "Thủ tướng Chính phủ"), ("QUYEÁT ÑÒNH", "QUYẾT ĐỊNH"), ("Ñaék Laék", "Đắk Lắk"),
    ("Khaùnh Hoøa", "Khánh Hòa"), ("Nôi nhaän", "Nơi nhận"), ("kyù", "ký"), ("Myõ", "Mỹ"), ("Kyø hoïp", "Kỳ họp"),
    ("ñöôïc", "được"), ("hieäu löïc", "hiệu lực"), ("Söû duïng", "Sử dụng"), ("ÑAÊK NOÂNG", "ĐĂK NÔNG"),
    ("ÔÛ, ÖÙ, Ææ, Îî", "Ở, Ứ, Ỉỉ, Ỵỵ"), ("Baéc Giang", "Bắc Giang"), ("Ninh Thuaän", "Ninh Thuận"),
    ("Uûy ban", "Ủy ban"),  # a capital base with a small mark: keyboards mixed the two
]


@pytest.mark.parametrize("legacy_text, expected", TCVN3_CASES)
def test_tcvn3_words(legacy_text, expected):
    assert legacy.convert(legacy_text, "tcvn3") == expected
    assert legacy.decode_bytes(legacy_text.encode("cp1252"), "tcvn3") == expected
    if expected != expected.upper():  # the expectation, checked against the table the other way round
        assert mojibake(expected, "tcvn3") == legacy_text


@pytest.mark.parametrize("legacy_text, expected", VNI_CASES)
def test_vni_words(legacy_text, expected):
    assert legacy.convert(legacy_text, "vni") == expected
    assert legacy.decode_bytes(legacy_text.encode("cp1252"), "vni") == expected
    if "Uû" not in legacy_text:
        assert mojibake(expected, "vni") == legacy_text


def test_syllables():
    for word in ("ngày", "Quyết", "định", "NGHIÊNG", "khuya", "quyển", "gì", "giữ", "Ủy", "Uỷ", "xoong", "thuở", "oái",
                 "ngoằn", "hoặc", "của", "được", "khuỷu", "Nghị", "ươm", "Đắk", "Lắk"):
        assert legacy.is_syllable(word), word
    for word in ("ngµy", "Quyeát", "café", "cat", "àm̀", "àg", "ñoù", "München", "señor", "année", "fête", "Øre",
                 "hỏá", "ƒ", "xyz", "tiếng̣"):
        assert not legacy.is_syllable(word), word


def test_repair_converts_list_letters_and_loanwords_of_a_legacy_line():
    lines = ["Điều 3. Các khoản chi:", "đ) chi mua vật tư, đô la Mỹ;", "e) chi trả tiền điện thoại tháng 12."]
    repaired = legacy.repair("\n".join(mojibake(line, "vni") for line in lines) + "\nñoâla")
    assert repaired.encoding == "vni" and repaired.text == "\n".join(lines) + "\nđôla"


# --- round trips ------------------------------------------------------------------------------------------

PUNCTUATION = " \n.,;:/-()\"'%0123456789"
TCVN3_ALPHABET = LOWER + "ĂÂÊÔƠƯĐ" + PUNCTUATION
VNI_ALPHABET = LOWER + LOWER.upper() + PUNCTUATION


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=TCVN3_ALPHABET, max_size=200))
def test_tcvn3_bytes_round_trip(text):
    assert legacy.decode_bytes(encode(text, "tcvn3"), "tcvn3") == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=VNI_ALPHABET, max_size=200))
def test_vni_bytes_round_trip(text):
    assert legacy.decode_bytes(encode(text, "vni"), "vni") == text


WORDS = ("ngày tháng năm quyết định của ủy ban nhân dân tỉnh huyện xã về việc ban hành kế hoạch triển khai thực "
         "hiện công tác thông tin tuyên truyền năm hội đồng chủ tịch căn cứ luật tổ chức chính quyền địa phương "
         "nghị định số điều báo cáo kết quả những khó khăn vướng mắc đề xuất kiến nghị trường học bảo đảm").split()


@st.composite
def sentences(draw):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=40))
    if draw(st.booleans()):
        words[0] = words[0][0].upper() + words[0][1:]
    return " ".join(words) + draw(st.sampled_from([".", ";", ":", " 3457/BC-UBND.", " ngày 18/12/2023."]))


@settings(max_examples=150, deadline=None)
@given(sentences(), st.sampled_from(legacy.ENCODINGS))
def test_legacy_bytes_are_detected(text, encoding):
    if encoding == "tcvn3" and text[0] != text[0].lower() and text[0] not in "ĂÂÊÔƠƯĐ" and not text[0].isascii():
        text = text[0].lower() + text[1:]  # a capital with a tone has no TCVN3 code
    # a few words ("số số số" is "sè sè sè", Vietnamese in Windows-1258 too: a tie goes to Windows-1258)
    # (distinct words, whatever their case and the punctuation after them: "Tháng tháng số tháng." is two)
    assume(len({word.strip(".;:").lower() for word in text.split() if not word.isascii()}) >= 4)
    assert decode_text(encode(text, encoding)) == (text, encoding)


@settings(max_examples=150, deadline=None)
@given(st.lists(sentences(), min_size=2, max_size=6), st.sampled_from(legacy.ENCODINGS))
def test_mojibake_is_repaired(lines, encoding):
    lines = [line[0].lower() + line[1:] if encoding == "tcvn3" else line for line in lines]
    original = "\n".join(lines)
    repaired = legacy.repair(mojibake(original, encoding))
    if repaired.encoding is None:  # too few different evidence words (a text made of "ngày ngày ngày")
        assert repaired.evidence < legacy.MIN_EVIDENCE
    else:
        assert (repaired.text, repaired.encoding) == (original, encoding)


# --- never converted --------------------------------------------------------------------------------------

NEGATIVE = [
    "Ủy ban nhân dân tỉnh Khánh Hòa báo cáo kết quả các tác động là có hóa đơn và ký kết; Cộng hòa xã hội chủ nghĩa "
    "Việt Nam, Độc lập - Tự do - Hạnh phúc. Điều 1. Thủ tướng Chính phủ. Hà Nội, ngày 18 tháng 12 năm 2023.",
    "Nhiệt độ 25°C, diện tích 120 m², sai số ±0,5 mm, nồng độ chì 5 µg/l, hạt bụi 10 µm và 2,5 µm, kích thước "
    "3×4 m, thép Ø10, Ø12, Ø14; Microsoft® Word, ©2024 Báo Nhân Dân, ½ số lượng, § 5, « trích dẫn ».",
    "L'élève a été très prudent à la fête de Noël ; où est le café ? Déjà, il préfère la crème brûlée et le "
    "gâteau, même à côté de la forêt. Hôtel, théâtre, naïf, maïs, Noël, garçon, façade.",
    "The café's naïve résumé, à la carte, déjà vu, façade, über, Müller, señor, niño, Ørsted, Ångström, "
    "São Paulo, Curaçao, fiancée, rôle, crème, piñata, jalapeño, Zürich, Malmö, Göteborg.",
    "Cafe 25°C ± 2°C; 5 µg, 10 µm, µmol; 3 m² and 4 m³; ®, ™, ©; ¼ ½ ¾; «quote» — “quoted” – ‘single’ … •",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_never_converted(text):
    repaired = legacy.repair(text)
    assert (repaired.text, repaired.encoding) == (text, None)
    document = vnadmin.parse(text + "\n")
    assert document.encoding is None and not any("converted" in w for w in document.warnings)
    data = text.encode("utf-8")
    raw = read_bytes(data)
    assert raw.encoding == "utf-8" and raw.pages[0].text == text and not raw.warnings


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes: base letters (with their circumflex, breve or horn) followed by a tone mark."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)) + tones)
    return "".join(out).encode("cp1258")


def test_cp1258_stays_cp1258():
    data = _cp1258("Ủy ban nhân dân tỉnh Khánh Hòa báo cáo kết quả thực hiện nhiệm vụ năm 2023.")
    assert decode_text(data) == (data.decode("cp1258"), "cp1258")


def test_unknown_encoding_still_refused():
    data = "Привет, как дела? Это не вьетнамский текст.".encode("cp1251")
    with pytest.raises(IngestError) as error:
        decode_text(data)
    assert error.value.code == "unknown_encoding" and "TCVN3" in error.value.message


# --- documents --------------------------------------------------------------------------------------------

DECISION = """Uỷ ban nhân dân huyện Diên Khánh
Số: 125/QĐ-UBND
Diên Khánh, ngày 15 tháng 3 năm 2008
Quyết định
Về việc thành lập Ban chỉ đạo phòng chống lụt bão
Chủ tịch Uỷ ban nhân dân huyện Diên Khánh
Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;
Căn cứ Nghị định số 08/2006/NĐ-CP ngày 16/01/2006 của Chính phủ quy định chi tiết một số điều của Pháp lệnh \
Phòng, chống lụt, bão;
Xét đề nghị của Trưởng phòng Nội vụ huyện,
Quyết định:
Điều 1. Thành lập Ban chỉ đạo phòng chống lụt bão huyện.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def _check_decision(document, encoding: str, text: str = DECISION) -> None:
    assert document.status == "ok"
    assert document.encoding == encoding
    assert any("converted from" in w and legacy.NAMES[encoding.rsplit("+", 1)[-1]] in w for w in document.warnings)
    assert "Căn cứ Nghị định số 08/2006/NĐ-CP ngày 16/01/2006 của Chính phủ" in document.text
    assert document.text.split() == vnadmin.parse(text).text.split()  # the Unicode original, word for word
    cited = {c.number: c for c in document.citations}
    assert str(cited["08/2006/NĐ-CP"].date) == "2006-01-16"
    for citation in document.citations:  # spans index the normalized text
        assert document.text[citation.start:citation.end] == citation.text
    assert document.header.number == "125/QĐ-UBND"


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
def test_legacy_bytes_txt(tmp_path, encoding):
    path = tmp_path / f"decision-{encoding}.txt"
    path.write_bytes(encode(DECISION, encoding))
    _check_decision(vnadmin.parse(path), encoding)


def test_legacy_docx_paragraphs(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")  # a Unicode run, left as it is
    for line in DECISION.splitlines():
        run_ = document.add_paragraph().add_run(mojibake(line, "tcvn3"))
        run_.font.name = ".VnTime"
    path = tmp_path / "decision-vntime.docx"
    document.save(path)
    parsed = vnadmin.parse(path)
    _check_decision(parsed, "tcvn3", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" + DECISION)
    assert parsed.text.startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦy ban nhân dân huyện Diên Khánh")


def _parse_docx(document):
    """A python-docx Document, saved to bytes and parsed."""
    import io

    buffer = io.BytesIO()
    document.save(buffer)
    return vnadmin.parse(buffer.getvalue())


def test_short_docx_runs_in_legacy_fonts_are_converted_by_their_font():
    """Too short to be evidence by their words (fewer than 3): the run's font name says what they are."""
    import docx

    document = docx.Document()
    document.add_paragraph("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA")
    for text, font in (("Số: 12/QĐ-UBND", ".VnTime"), ("quyết định", ".VnTimeH"), ("Về việc", "VNI-Times"),
                       ("Nha Trang, ngày 05 tháng 3 năm 2024", "Times New Roman")):
        document.add_paragraph().add_run(mojibake(text, "vni" if font.startswith("VNI") else "tcvn3")
                                         if font != "Times New Roman" else text).font.name = font
    parsed = _parse_docx(document)
    assert parsed.text.splitlines() == ["ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", "Số: 12/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc",
                                        "Nha Trang, ngày 05 tháng 3 năm 2024"]
    assert parsed.encoding == "tcvn3+vni" and parsed.header.number == "12/QĐ-UBND"
    assert [w.split(":", 1)[0] for w in parsed.warnings] == ["legacy_encoding", "legacy_encoding"]
    assert "2 runs set in its fonts" in parsed.warnings[0]


def test_legacy_html_page():
    body = "".join(f"<p>{mojibake(line, 'vni')}</p>\n" for line in DECISION.splitlines())
    page = ('<html><head><meta charset="windows-1252"><title>x</title></head><body><div class="toanvan">'
            f"{body}</div></body></html>").encode("cp1252")
    _check_decision(vnadmin.parse(page), "windows-1252+vni")


def test_legacy_pdf_text_layer_is_converted_not_ocred(tmp_path, dejavu_font):
    # VNI: fpdf2 drops the soft hyphen that stands for "ư" in TCVN3 (a hyphenation hint to it)
    path = make_pdf(tmp_path / "vni-times.pdf", [mojibake(DECISION, "vni")], dejavu_font)
    document = vnadmin.parse(path)
    _check_decision(document, "vni")
    assert [page.method for page in document.pages] == ["text_layer"]


def test_legacy_ingest_cli(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "tcvn3.txt").write_bytes(encode(DECISION, "tcvn3"))
    (archive / "vni.txt").write_bytes(encode(DECISION.replace("Uỷ", "Ủy"), "vni"))
    (archive / "mojibake.txt").write_text(mojibake(DECISION, "tcvn3"), encoding="utf-8")
    out = tmp_path / "out"
    run(*VNADMIN, "ingest", str(archive), "-o", str(out), "--workers", "1")
    ds = vnadmin.open_dataset(out)
    documents = ds.documents.set_index(ds.documents.path.map(lambda p: Path(p).name))
    assert documents.encoding.to_dict() == {"tcvn3.txt": "tcvn3", "vni.txt": "vni", "mojibake.txt": "utf-8+tcvn3"}
    assert set(documents.status) == {"ok"} and set(documents.number) == {"125/QĐ-UBND"}
    texts = ds.texts
    assert all("Nghị định số 08/2006/NĐ-CP" in text for text in texts.text)
    citations = ds.citations[ds.citations.number == "08/2006/NĐ-CP"]
    assert len(citations) == 3 and {str(d)[:10] for d in citations.date} == {"2006-01-16"}


# --- the real corpus --------------------------------------------------------------------------------------


@pytest.mark.real
def test_real_tcvn3_document():
    path = need_shared(SHARED_REAL) / REAL_TCVN3
    source = path.read_text(encoding="utf-8")
    assert "V/v: §Ýnh chÝnh QuyÕt ®Þnh sè 29/2007/Q§-BXD ngµy 31/12/2007 cña" in source
    document = vnadmin.parse(path)
    assert document.status == "ok" and document.encoding == "utf-8+tcvn3"
    assert any(w.startswith("legacy_encoding: converted from TCVN3 (ABC) to Unicode") for w in document.warnings)
    text = document.text
    assert text.startswith("QUYẾT ĐỊNH\n\nV/v: Đính chính Quyết định số 29/2007/QĐ-BXD ngày 31/12/2007 của")
    assert "Căn cứ Nghị định số 104/2004/NĐ-CP ngày 23/3/2004 của Chính phủ về Công báo Nước Cộng hòa Xã hội " \
           "Chủ nghĩa Việt Nam;" in text
    assert "Uỷ ban" not in text and "Ủy ban nhân dân các tỉnh" in text  # normalization placed the tone
    assert "có hiệu lực thi hành kể từ ngày ký" in text
    assert not regex.search(r"[µ¸¨©ª«¬®§\u00ad]", text)  # no legacy character left
    dated = {(c.number, str(c.date)) for c in document.citations if c.date}
    assert {("29/2007/QĐ-BXD", "2007-12-31"), ("104/2004/NĐ-CP", "2004-03-23")} <= dated
    for citation in document.citations:
        assert text[citation.start:citation.end] == citation.text


def _real_texts(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in (".txt", ".md", ".html") and p.name != "README.md")


@pytest.mark.real
def test_real_texts_with_latin1_symbols_are_not_converted():
    """The real texts with °, ±, µ, ®, ² ... (the false positives of a character-based detector)."""
    root = need_shared(SHARED_REAL)
    symbols = regex.compile(r"[°±µ®²³×©¼½¾]")
    converted, checked = [], 0
    for path in _real_texts(root):
        text = path.read_text(encoding="utf-8")
        if not symbols.search(text):
            continue
        checked += 1
        repaired = legacy.repair(text)
        if repaired.encoding or repaired.text != text:
            converted.append(path.relative_to(root).as_posix())
    assert checked >= 59 and converted == [REAL_TCVN3]


@pytest.mark.real
@pytest.mark.slow  # 3.4 s on an idle machine, 5.4 s on a busy one
def test_real_corpus_has_exactly_one_legacy_text():
    root = need_shared(SHARED_REAL)
    files = _real_texts(root)
    assert len(files) == 1226
    started = time.perf_counter()
    flagged, near = [], {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        repaired = legacy.repair(text)
        if repaired.encoding:
            flagged.append(path.relative_to(root).as_posix())
        elif repaired.evidence:
            near[path.name] = repaired.evidence
    assert flagged == [REAL_TCVN3]
    # the 59 texts with °, ±, µ, ®, ²: at most 2 different "evidence" words (µm → àm), below the threshold;
    # the TCVN3 document has 97
    assert max(near.values()) < legacy.MIN_EVIDENCE
    print(f"\n{len(files)} texts scanned in {time.perf_counter() - started:.1f} s; flagged {flagged}; "
          f"{len(near)} texts with 1-2 evidence words")


def test_docx_legacy_fonts_set_by_styles():
    """Old documents set .VnTime on the Normal style and nothing on the runs; a heading style may name .VnTimeH
    through its basedOn chain, a character style VNI-Times. A run that already holds Unicode Vietnamese letters
    under an inherited legacy font (converted text whose style was left) stays as it is."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.styles["Normal"].font.name = ".VnTime"
    title = document.styles.add_style("Title VnTimeH", WD_STYLE_TYPE.PARAGRAPH)
    title.base_style = document.styles.add_style("Base VnTimeH", WD_STYLE_TYPE.PARAGRAPH)
    title.base_style.font.name = ".VnTimeH"
    vni = document.styles.add_style("VNI run", WD_STYLE_TYPE.CHARACTER)
    vni.font.name = "VNI-Times"
    document.add_paragraph(mojibake("Số: 12/QĐ-UBND", "tcvn3"))  # Normal: .VnTime
    document.add_paragraph(mojibake("quyết định", "tcvn3"), style="Title VnTimeH")
    document.add_paragraph().add_run(mojibake("Về việc", "vni"), style="VNI run")
    document.add_paragraph("Nha Trang, ngày 05 tháng 3 năm 2024")  # Unicode under the Normal style's .VnTime
    document.add_paragraph().add_run("Hà Nội").font.name = "Times New Roman"
    parsed = _parse_docx(document)
    assert parsed.text.splitlines() == ["Số: 12/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc", "Nha Trang, ngày 05 tháng 3 năm 2024",
                                        "Hà Nội"]
    assert parsed.encoding == "tcvn3+vni" and parsed.header.number == "12/QĐ-UBND"
