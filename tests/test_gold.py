"""Quality on gold annotations: the corpora/ figures exactly, the real development and held-out sets above their
floors."""
import pytest

from conftest import CORPORA, need_shared, read_once, SHARED_REAL
from vnadmin.eval import evaluate

# Floors for the development gold set (44 real documents, ../shared/corpora/real); raise them as the code
# improves. Measured at this commit: see the README.
REAL_FLOORS = {
    "numbered_recall": 0.99, "numbered_precision": 0.99, "named_recall": 0.98, "named_precision": 0.98,
    "issuer_accuracy": 0.97,
    "fields": {"number": 1.0, "type": 0.97, "issue_date": 0.97, "place": 0.97, "issuer": 0.97, "subject": 0.97,
               "signer": 0.97, "signer_title": 0.97, "signing_authority": 0.97, "recipients": 0.95},
}


@pytest.fixture(scope="module")
def shipped():
    return evaluate([CORPORA / "seed", CORPORA / "written"])


def test_every_shipped_document_is_scored(shipped):
    assert len(shipped.documents) == 11 and shipped.skipped == []


def test_shipped_header_fields_are_all_right(shipped):
    wrong = {name: (c.fp, c.fn) for name, c in shipped.fields().items() if c.fp or c.fn}
    assert wrong == {}


def test_shipped_citations_are_all_found(shipped):
    numbers = shipped.citations()
    assert (numbers["all"].fp, numbers["all"].fn) == (0, 0)
    assert numbers["all"].tp == 117
    accuracy = shipped.accuracy()
    assert (accuracy["kind"], accuracy["issuer"]) == (1.0, 1.0)
    # 13 of the 104 contexts the gold states are drawn otherwise: "Để tiếp tục thực hiện Chỉ thị …" in mid-sentence
    # is thuc_hien to the gold and body to the reader, which reads clauses by their first words (81 of 104 before
    # the twenty-sixth session read listed and wrapped bases)
    assert accuracy["context"] >= 91 / 104


def _assert_floors(folder: str, documents: int, floors: dict) -> None:
    need_shared(SHARED_REAL)
    report = evaluate([CORPORA / folder], read=read_once)
    assert len(report.documents) == documents and report.skipped == []
    citations = report.citations()
    assert citations["numbered"].recall >= floors["numbered_recall"]
    assert citations["numbered"].precision >= floors["numbered_precision"]
    assert citations["named"].recall >= floors["named_recall"]
    assert citations["named"].precision >= floors["named_precision"]
    if floors["issuer_accuracy"] is not None:
        assert report.accuracy()["issuer"] >= floors["issuer_accuracy"]
    fields = report.fields()
    for name, floor in floors["fields"].items():
        assert fields[name].recall >= floor, (name, fields[name].recall)
        assert fields[name].precision >= floor, (name, fields[name].precision)


# The header fields the held-out sets' floors hold
HEADER_FIELDS = ("number", "type", "issue_date", "place", "issuer", "subject", "signer", "signer_title",
                 "signing_authority", "recipients")


def _floors(numbered: float = 0.98, named: float = 0.97, issuer_accuracy: float = 0.95, fields: float = 1.0,
            **lower: float) -> dict:
    """Floors a gold set must keep: precision and recall of numbered and named citations, issuer accuracy, and each
    header field's precision and recall at ``fields`` unless named lower."""
    return {"numbered_recall": numbered, "numbered_precision": numbered, "named_recall": named,
            "named_precision": named, "issuer_accuracy": issuer_accuracy,
            "fields": {name: lower.get(name, fields) for name in HEADER_FIELDS}}


# Floors for the first held-out set (24 real documents annotated without the tool): measured once before any change
# (README), then used to find and fix the misses it showed, so no longer held out; a little under its figures now.
FIRST_HELD_OUT_FLOORS = _floors(named=0.94, issuer_accuracy=0.97, fields=0.9, number=1.0, type=0.95, issue_date=0.95,
                                place=0.95, issuer=0.95, signing_authority=0.95)
# Floors for the second held-out set (24 other real documents, annotated without the tool after those fixes and
# never used to develop the rules): a little under its figures (README), so that a loss on unseen texts fails.
HELD_OUT_FLOORS = _floors(named=0.95, fields=0.95, number=1.0, signer=0.9, signer_title=0.9, signing_authority=0.9)
# Floors for the third held-out set (20 real documents annotated without the tool in the fifth session, measured
# once blind, then used to fix the misses it showed): a little under its figures now (README).
THIRD_HELD_OUT_FLOORS = _floors(named=0.95, fields=0.95, number=1.0)

# Floors for the fourth held-out set (20 real documents annotated without the tool in the seventh session, measured
# once blind, then used to fix the misses it showed): a little under its figures now (README).
FOURTH_HELD_OUT_FLOORS = _floors(issuer_accuracy=0.92, issuer=0.95, subject=0.95)


# Floors for the fifth held-out set (20 real documents annotated without the tool in the eighth session, measured
# once blind, then used to fix the misses it showed): a little under its figures now (README).
FIFTH_HELD_OUT_FLOORS = {
    "numbered_recall": 0.99, "numbered_precision": 0.99, "named_recall": 0.97, "named_precision": 0.96,
    "issuer_accuracy": 0.96,
    "fields": {"number": 1.0, "type": 1.0, "issue_date": 1.0, "place": 1.0, "issuer": 1.0, "subject": 1.0,
               "signer": 1.0, "signer_title": 1.0, "signing_authority": 1.0, "recipients": 0.9, "type_code": 1.0,
               "issuer_code": 1.0},
}


# Floors for the sixth held-out set (20 real documents annotated without the tool in the eighth session, after the
# fifth's fixes; measured once blind, then used to fix the misses it showed): a little under its figures (README).
SIXTH_HELD_OUT_FLOORS = _floors(numbered=0.99, issuer_accuracy=0.97)


# Floors for the seventh held-out set (14 real documents, mostly local, annotated without the tool at the end of the
# eighth session; measured once blind, then used to fix the misses it showed): a little under its figures (README).
SEVENTH_HELD_OUT_FLOORS = _floors()


# Floors for the eighth held-out set (22 documents: local plans, resolutions and decisions, ministry and government
# texts; 568 citations, 140 of them "QĐ 66" short references in one plan's table; blind all 0.995 / 0.743)
EIGHTH_HELD_OUT_FLOORS = _floors()


# Floors for the ninth held-out set (20 documents: local decisions, plans and resolutions, ministry decisions and
# circulars, decrees of tvpl, vbpl and congbao; 422 citations; blind all 0.983 / 0.986; its web copy's "BỘ C****ÔNG
# THƯƠNG" read whole since the twelfth session)
NINTH_HELD_OUT_FLOORS = _floors()


# Floors for the tenth held-out set (18 documents: local decisions, Nghị định, Thông tư of five ministries, a
# consolidated text, a government resolution, a Prime Minister's decision; 423 citations; blind all 0.991 / 0.993)
TENTH_HELD_OUT_FLOORS = _floors()


# Floors for the eleventh held-out set (13 documents: a provincial plan, ministry decisions of 81 and 98 citations, a
# consolidated decision, Nghị định and Thông tư; 386 citations; blind all 0.992 / 0.987)
ELEVENTH_HELD_OUT_FLOORS = _floors()


# Floors for the twelfth held-out set (13 documents: two ministry decisions and a consolidated circular of 94-99
# citations, UBTVQH resolutions, Thông tư and Nghị định of vbpl and congbao; 430 citations; blind all 0.993 / 0.993)
TWELFTH_HELD_OUT_FLOORS = _floors()


# Floors for the thirteenth held-out set (15 documents: a Government resolution with an annex table of 78 citations,
# a consolidated decree of 106, UBTVQH resolutions, Thông tư of congbao and vbpl; 430 citations; blind all 0.868 /
# 0.979, 56 false positives from one circular's report codes)
THIRTEENTH_HELD_OUT_FLOORS = _floors()


# Floors for the fourteenth held-out set (14 central documents of vbpl and congbao: Thông tư, Nghị định, two
# consolidated circulars, a Prime Minister's decision; 293 citations; blind all 1.000 / 0.993)
FOURTEENTH_HELD_OUT_FLOORS = _floors()


# Floors for the fifteenth held-out set (15 central documents: UBTVQH resolutions, an amending law, a 2012 law without
# its header, Nghị định and Thông tư of vbpl and congbao, two consolidated texts; 295 citations; blind all 0.990 /
# 0.986, every header field 1.000)
FIFTEENTH_HELD_OUT_FLOORS = _floors()


# Floors for the sixteenth held-out set (15 central documents: Thông tư of five ministries, one with 198 citations and
# one with bilingual forms, a Government resolution, Nghị định, two laws, UBTVQH resolutions; 440 citations; blind all
# 0.975 / 0.971, every header field 1.000 but recipients 0.800)
SIXTEENTH_HELD_OUT_FLOORS = _floors()


# Floors for the seventeenth held-out set (14 central documents: Thông tư of six ministries and the State Bank, a
# Government resolution of 72 citations, a consolidated joint circular, a Prime Minister's decision; 399 citations;
# blind all 0.995 / 0.995, every header field 1.000, issuer accuracy 0.920; two mentions split over a table's page
# break are left)
SEVENTEENTH_HELD_OUT_FLOORS = _floors()


# Floors for the eighteenth held-out set (14 central documents: resolutions of the National Assembly and its Standing
# Committee, a Government resolution, Prime Minister's decisions, Thông tư, a Nghị định; 303 citations; blind all
# 0.993 / 0.997, place 0.889, subject 0.929, signer R 0.929)
EIGHTEENTH_HELD_OUT_FLOORS = _floors()


# Floors for the nineteenth held-out set (14 central documents: Thông tư of six ministries, one with 118 citations in
# annex tables laid out column by column, a law, Nghị định; 411 citations; blind all 0.990 / 0.985, every header field
# 1.000, issuer accuracy 0.967)
NINETEENTH_HELD_OUT_FLOORS = _floors()


# Floors for the twentieth held-out set (14 documents: Thông tư of six ministries and the State Bank, a consolidated
# circular, Nghị định, two UBTVQH resolutions from tvpl; 314 citations; blind all 0.978 / 0.978, subject 0.929,
# recipients R 0.800; left: a web copy's recipients on one line, cut short, without its label)
TWENTIETH_HELD_OUT_FLOORS = _floors(recipients=0.8)


# Floors for the twenty-first held-out set (14 central documents: Thông tư of seven ministries, a Nghị định, a Prime
# Minister's decision; 216 citations; blind all 0.977 / 0.986, subject 0.929)
TWENTY_FIRST_HELD_OUT_FLOORS = _floors()


# Floors for the twenty-second held-out set (12 central documents: Nghị định, Thông tư, a law, Prime Minister's
# decisions, one of them a web copy without its header; blind all 1.000 / 1.000, issuer R 0.917, subject 0.917; the
# subject in paragraphs whose continuations begin with capitals read whole since the twelfth session)
TWENTY_SECOND_HELD_OUT_FLOORS = _floors(issuer_accuracy=0.97)


# Floors for the twenty-third to thirtieth held-out sets (eleventh session; 14 documents each, the last five with
# seven long texts each; blind all P / R, and the header fields below 1.000, in the README's table): every header
# field 1.000 now but set 30's signing authority, citations 0.996 or more; one floor for all, the default.
#   23: Thông tư, Nghị định, UBTVQH resolutions; 205 citations; blind 1.000 / 0.990
#   24: Thông tư, Nghị định, a law, a Government resolution, a consolidated decree; 295; blind 1.000 / 0.993
#   25: Thông tư of the State Bank and four ministries, a law, a consolidated circular; 287; blind 1.000 / 0.997
#   26: long Thông tư with annexed forms, the Luật An ninh mạng; 398; blind 0.990 / 0.982
#   27: Nghị định of 100 and 75 citations, a web copy without its header; 445; blind 0.998 / 0.996
#   28: consolidated circulars of 224 and 39 citations; 561; blind 0.993 / 0.993 (left: footnotes a page cuts)
#   29: a consolidated decree of 182 citations in its footnotes; 583; blind 0.998 / 1.000
#   30: consolidated circulars of 98 and 103 citations, a Nghị định of 121, a law; 672; blind 0.999 / 0.999
ELEVENTH_SESSION_HELD_OUT_FLOORS = _floors()
# (set 30's "THỐNG ĐỐC" over "PHÓ THỐNG ĐỐC", a web copy that lost its "KT.", is no signing authority, as in set 10's
# copy of the same layout: its gold made to agree in the thirteenth session, its floor the default since)


# Floors for the thirty-first and thirty-second held-out sets (twelfth session; 14 documents each, seven long texts
# each; blind at d6edf53 and b7ef6aa, then used to fix what they showed; every header field 1.000 now):
#   31: gazette lists of 300 and 223 numbered instruments (tables), a Nghị định of 224 citations; 1,058 citations;
#       blind 0.913 / 0.991 (a list's web links: 90 false mentions), now 0.992 / 0.993; issuer accuracy 0.778: its gold
#       keeps a table cell's words ("Quyết định của TTCP", "Bộ trưởng"), the tool gives the number code's body
#   32: laws, consolidated circulars, Nghị định, UBTVQH resolutions; 410 citations; blind 0.998 / 0.998, now 1.000
THIRTY_FIRST_HELD_OUT_FLOORS = _floors(issuer_accuracy=0.75)
TWELFTH_SESSION_HELD_OUT_FLOORS = _floors()


# Floors for the thirty-third and thirty-fourth held-out sets (thirteenth session; 14 documents each, seven long texts
# each; blind at fdb1ba1, then used to fix what they showed; every header field 1.000 blind):
#   33: Thông tư of six ministries and the State Bank (annex tables), Nghị định, a law; 383 citations; blind 0.997 /
#       0.997 (a foreign law's name cut at a known one: "Luật Lao động cơ bản của Đài Loan")
#   34: consolidated texts of 246 and 94 citations, Government resolutions, Nghị định, Prime Minister's decisions,
#       UBTVQH resolutions; 607 citations; blind 0.992 / 0.990 (left: footnotes a page break cuts, their rest printed
#       at the next page's foot)
THIRTEENTH_SESSION_HELD_OUT_FLOORS = _floors()
#   35: chosen for many citations (a Government resolution of 462, a consolidated decree of 245 in its footnotes, a
#       circular of 122), a law, a consolidated law, UBTVQH resolutions; 1,213 citations (48 bare "Hiến pháp" added to
#       one gold after the measurement, as every other set counts them); blind 0.907 / 0.993 (0.945 / 0.993 on the
#       corrected gold), 0.967 / 0.997 at the thirteenth session's end; every header field 1.000. Its lower floors
#       then (numbered 0.96, named 0.95) were for a consolidated law's footnote quoting the enacting formula of a law
#       amending 37 laws, cut by a page break (27 numbers read as mentions), and a legislative programme's bills
#       ("Luật Nhà ở (sửa đổi)" in a table of "Tên dự án"; 9): both read since (fourteenth session), now 0.997 / 0.998
THIRTY_FIFTH_HELD_OUT_FLOORS = _floors()
#   36: random picks again (UBTVQH resolutions with 82 bare "Hiến pháp", a consolidated joint circular, circulars
#       with annex tables of technical standards, Nghị định); 469 citations; blind 0.994 / 0.998 (e352386),
#       issue_date R 0.929 (a web copy's date alone under its number), now 0.998 / 1.000, every header field 1.000
#   37: random picks (Thông tư of the planning and labour ministries, two Nghị định, a minister's decision);
#       480 citations; blind 0.998 / 0.998 (ec430a7), every header field 1.000 (left: a date split from its number
#       by a page break inside a table)
# Fourteenth session's held-out sets (annotated the same way, blind at the commit named, then used for fixes):
#   38: random picks (consolidated texts of a law and of the labour ministry's decree and circulars, the Luật Báo chí
#       2025, Nghị định, Thông tư with 117 numbered mentions); 711 citations; blind 0.975 / 0.992 (2841346), subject
#       0.929 (a footnote's mark inside it), the rest of the header 1.000; misses mostly one consolidated law's
#       footnote quoting enacting formulas (a listed law named by its year, not its number, broke the 2018 law's list);
#       now 0.999 / 0.996, every header field 1.000
FOURTEENTH_SESSION_HELD_OUT_FLOORS = _floors()
#   39: random picks (Thông tư of seven ministries and the State Bank, Nghị định, the Luật Quản lý thuế 2025, a
#       consolidated circular); 352 citations; blind 1.000 / 1.000 (38cdb7f), every header field 1.000, issuer accuracy
#       0.904: a circular's forms give "Thông tư số 22/2019/TT-BTC ngày 16/4/2019 và Thông tư số …./2026/TT-BTC ngày
#       …/…/2026 của Bộ trưởng Bộ Tài chính" ten times, the issuer stated after a blank number (read since: 1.000)
THIRTY_NINTH_HELD_OUT_FLOORS = _floors()
#   40: picks across kinds (UBTVQH resolutions adjusting the legislative programme, a Pháp lệnh, a joint circular of
#       six bodies, laws, a consolidated law, a Government resolution of 427 mentions, a ministry's list of instruments
#       in force, the statistics office's list of communes); 853 citations; blind 0.943 / 0.992 (020f160), the annex
#       alone's header missed (number R 0.923); now 0.993 / 0.994, every header field 1.000. Left: mentions a page
#       break cuts inside a table (5 dates), and its issuers: the table's "Quyết định Thủ tướng" (gold "Thủ tướng",
#       the tool the code's "Thủ tướng Chính phủ") and "Bộ Lao ⏎[page]⏎ động - …" (hence its issuer floor)
FORTIETH_HELD_OUT_FLOORS = _floors(issuer_accuracy=0.93)
#   41: random picks, four of them consolidated texts (a law's of 103 mentions), Thông tư, Nghị định, the Prime
#       Minister's decisions; 706 citations after review; blind 0.975 / 1.000 (6100189), every header field and issuer
#       1.000; its misses were a consolidated law's quoted enacting formulas, which its annotator had left out and the
#       review counts as sets 7, 38 and 40 do (0.999 / 1.000 on the reviewed gold; left: a form's code in a table of
#       forms, "01/CTKT-TSMH")
#   42: long texts (five consolidated texts with 54 and 60 footnotes, five Nghị định of up to 355 mentions, four
#       Thông tư); 1,137 citations; blind 0.998 / 0.997 (40038e9), every header field 1.000, kind 1.000, issuer 0.997;
#       now 0.998 / 0.999 (left: a year misprinted "20218", a table's "49/2018/NĐ-CP ngày 30 tháng 3 năm 20218")
#   43: random picks (Thông tư of the planning, labour, science, finance and agriculture ministries, a consolidated
#       circular, a Nghị định, a gazette issue whose pages are images); 426 citations; blind 0.988 / 0.991 (d388420),
#       issuer 0.923 / 0.857; now 0.998 / 1.000. Left, hence its issuer floor: the image-only issue's issuer ("BỘ QUỐC
#       PHÒNG" over a signature block, no header of its own)
FORTY_THIRD_HELD_OUT_FLOORS = _floors(issuer=0.92)
# Fifteenth session's held-out sets (annotated the same way, blind at the commit named, then used for fixes):
#   44: random picks (Thông tư of six ministries, a consolidated circular, two Nghị định, a Government resolution with
#       annexed forms, a UBTVQH resolution adjusting the legislative programme, a joint resolution of three bodies);
#       552 citations; blind 0.987 / 1.000 (8506ff6), number, issuer_code, place 0.929 (the joint resolution's codes
#       spaced out); now 1.000 / 1.000, every header field 1.000
FIFTEENTH_SESSION_HELD_OUT_FLOORS = _floors()
#   45: random picks (Thông tư of six ministries, two Nghị định, two Government resolutions, two UBTVQH resolutions
#       merging communes); 338 citations; blind 0.994 / 0.994 (2e572e7), subject and signer_title 0.929, kind 0.988;
#       now kind 0.997, signer_title 1.000. Left, hence its subject floor: a web copy glued the enacting body's line to
#       the subject's ("… TIẾP TỤC CÓ HIỆU LỰC CHÍNH PHỦ")
FORTY_FIFTH_HELD_OUT_FLOORS = _floors(subject=0.92)
#   46: random picks (Thông tư of seven ministries and the State Bank, a consolidated decree, a Nghị định); 406
#       citations; blind 0.998 / 0.998 (ea33f31), every header field 1.000, issuer accuracy 0.981; now 1.000 / 1.000
#   47: long texts at random (two consolidated Luật Bảo hiểm xã hội, Nghị định and Government resolutions of up to
#       315 mentions); 1,169 citations; blind 0.998 / 0.997 (72d9e4a), every header field 1.000; now 1.000 / 0.999
#   48: random picks (Thông tư of five ministries, web copies without their header, three consolidated texts); 343
#       citations; blind 0.994 / 0.997 (f3ed929), a consolidated text's header missed ("XÁC NHẬN" for "XÁC THỰC":
#       number R 0.917) and a web copy's issuer; now 1.000 / 0.997, every header field 1.000
#   49: random picks (Thông tư of six ministries and the State Bank, a consolidated circular of 279 mentions, two
#       Nghị định, the Luật Xây dựng 2025); 614 citations; blind 0.997 / 0.997 (e19ec90), subject 0.929, issuer
#       accuracy 0.974; now 1.000 / 1.000, every header field 1.000, issuer accuracy 0.971 (footnotes cut by a page's
#       body; Taiwan's labour law given the Assembly)
#   50: random picks (Thông tư of six ministries and the State Bank, two Nghị định, the consolidated Luật Bảo hiểm y
#       tế); 560 citations; blind 0.998 / 0.995 (a6a27a0), recipients 0.750; now 1.000 / 1.000, every field 1.000
#   51: random picks (Thông tư of five ministries, a consolidated decree, five Nghị định); 377 citations; blind
#       1.000 / 1.000 (90adc8b), kind 0.995 ("Thông tư liên bộ", a kind since). Left, hence its subject floor: a
#       gazette issue that only goes on with an annex, its subject printed nowhere but in the running title
FIFTY_FIRST_HELD_OUT_FLOORS = _floors(subject=0.92)
#   52: random picks (the Bộ luật Dân sự 2015 and the Luật Doanh nghiệp 2020 as gazette issues cut short, Thông tư,
#       a consolidated circular, Nghị định, a Government resolution); 466 citations; blind 0.989 / 1.000 (a1b7fbe),
#       recipients 0.833; now 1.000 / 1.000, every header field 1.000
#   53: random picks (Thông tư of six ministries); 279 citations; blind 1.000 / 1.000 (84c4378), every header field
#       1.000, kind and issuer accuracy 1.000
#   54: random picks (the Luật Đầu tư 2014, an amending law, Thông tư, a consolidated decree, Nghị định); 420
#       citations; blind 0.995 / 0.998 (0b98e8f), subject 0.929 (read since); left: an amending law's own enacting
#       formula naming the amended law with its number, a decree's basis misprinting a number ("số 16/1999")
# Sixteenth session's held-out sets (annotated the same way, blind at the commit named, then used for fixes):
#   55: random picks (four consolidated texts, the Luật Bảo hiểm y tế's of 258 mentions among them, Nghị định, Thông
#       tư); 748 citations after review; blind 0.992 / 1.000 (dc4697c), every header field 1.000; its spurious were
#       the laws that amended the Luật Bảo hiểm y tế listed by number in a quoted enacting formula, which its annotator
#       had left out and the review counts as the same list in the text's own footnote; now 1.000 / 1.000
SIXTEENTH_SESSION_HELD_OUT_FLOORS = _floors()
#   56: random picks (two consolidated texts, a law amending 15 laws, Nghị định, Thông tư, a Prime Minister's decision);
#       579 citations; blind 0.993 / 0.993 (dc4697c), number, number_seq, issuer_code R 0.929 (a web copy's "Số:
#       03/2026-BCT"); now 1.000 / 1.000, every header field 1.000
#   57: random picks (a consolidated circular of 149 mentions, Thông tư of the labour, health, construction, education
#       and agriculture ministries, a law amending the Luật Giáo dục, Nghị định); 693 citations after review; blind
#       0.997 / 0.994 (c9836da), every header field 1.000; review added the amending law's own enacting formula's
#       number as a mention (as sets 3, 7, 15, 32, 40 have it; set 54 reviewed likewise); now 0.999 / 0.997 (left: a
#       table cell a page cuts from its date; a blank sequence "…/2024/TT-BLĐTBXH" its annotator read as a short form)
#   58: random picks (UBTVQH resolutions, the Luật Thi hành án hình sự 2025, a consolidated decree cut short before its
#       authentication block, Thông tư, Nghị định of 159 mentions); 445 citations; blind 1.000 / 1.000 (db04cc3), every
#       header field 1.000, issuer accuracy 0.950 (the party's term in brackets: read since)
#   59: random picks (Thông tư of six ministries and the State Bank, a consolidated circular of 152 mentions, the Luật
#       Thuế thu nhập cá nhân 2025, a Nghị định); 562 citations; blind 0.998 / 1.000 (fdfca0b), signing_authority 0.900
#       (a title wrapped over two lines joined to the authority too: read since). Left: an amending law's list that a
#       table's page break cuts ("Luật ⏎Đầu tư, … và ⏎Mẫu Đ.3 ⏎Tên mẫu văn bản ⏎Ký hiệu ⏎Luật Đấu thầu")
#   60: random picks (a Government resolution of 424 mentions, Nghị định, Thông tư of four ministries and the State
#       Bank, a UBTVQH resolution adjusting the legislative programme, a web copy without its header); 778 citations;
#       blind 0.975 / 1.000 (d579fd0), issuer R 0.929, signer R 0.923; now 1.000 / 1.000, every header field 1.000
#   61: gazette texts over 200 KB at random (three consolidated texts of the finance ministry, of up to 345 mentions,
#       Nghị định, Thông tư) and web copies; 1,056 citations; blind 0.984 / 0.980 (5299bdf), subject 0.929, issuer
#       accuracy 0.899; now 0.999 / 0.996, every header field 1.000, issuer 0.962 (left: a bilingual annex's English
#       "of the Minister of Finance" and "Law on Securities", a law's name a footnote splits, a date a page cuts)
#   62: web copies at random (the Luật Thi hành án dân sự 2025, Nghị định, Thông tư of six ministries and the State
#       Bank); 383 citations; blind 1.000 / 1.000 (5299bdf), subject 0.929 ("… quốc tế thuộc ⏎⏎Trung tâm …": "thuộc"
#       ends no title now); now every field 1.000
#   63: web copies at random (the legislative programme for 2026, Thông tư of six ministries, Nghị định); 249 citations
#       after review; blind 0.996 / 0.777 on its annotators' gold (85dbace), who had counted the 70 bills the programme
#       lists, as the conventions and sets 40, 44, 58 and 60 do not; 0.996 / 0.996 on the reviewed gold, every header
#       field 1.000 (left: "Văn bản số 702/UBQPANĐN15", a code without its hyphen; "Luuật sửa đổi …" in a bill's name)
#   64: web copies at random (a law amending the Luật Sở hữu trí tuệ, two Prime Minister's decisions, Thông tư of six
#       ministries and the State Bank, Nghị định); 217 citations; blind 0.960 / 1.000 (85dbace): the fields of a
#       classification of sciences ("5050101⏎Luật Hiến pháp và Luật Hành chính", "Luật học"), no laws since; now 1.000
#   65: random picks (three gazette prints: a Government resolution of 541 mentions, a Nghị định of 69, an issue
#       whose pages are images but the signature's; web copies); 864 citations; blind 1.000 / 1.000 (40e286f), issuer R
#       0.929 (the image-only issue's), issuer accuracy 0.980 ("Bộ Ngoại giao." ending a sentence, "Chủ tịch nước Cộng
#       hòa xã hội chủ nghĩa Việt Nam": read since)
#   66: web copies at random (Thông tư of five ministries and the State Bank, Nghị định, two Prime Minister's decisions,
#       one printing another's number); 346 citations; blind 1.000 / 1.000 (40e286f), recipients 0.875 (two items on
#       one line: read since)
SIXTY_FIFTH_HELD_OUT_FLOORS = _floors(issuer=0.92)
#   67: random picks (two gazette prints: a Government resolution of 857 mentions, a Nghị định of 188; web copies);
#       1,297 citations; blind 1.000 / 0.998 (e8159e7), every header field 1.000, issuer accuracy 0.984 ("… Môi trường
#       kể từ ngày …": "kể từ" ends an issuer since); left: "Luật khám chữa bệnh", a law's name written loosely
#       (in the gazetteer since)
# Seventeenth session's held-out sets:
#   68: web copies at random (the Luật Tương trợ tư pháp về hình sự 2025, the Assembly's resolution 170/2024/QH15,
#       Nghị định, Thông tư of five ministries and the State Bank); 418 citations; blind 1.000 / 0.998 (3ac7d2a),
#       every header field 1.000, issuer accuracy 0.992 ("Thanh tra Chính phủ mà chưa …": "mà" ends a name since);
#       left: "Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính năm 2020 và năm 2025", two laws its
#       annotator counted twice, read once
#   69: web copies at random (Nghị định, a Government resolution of the 66.x series, Thông tư of seven ministries);
#       231 citations; blind 1.000 / 1.000 (3ac7d2a), every header field 1.000 but issuer 0.917: a portal's issuer
#       line "BỘ giao thông vận tải" over 54/2025/TT-BCT, which its annotator kept and the tool read past to the
#       enacting formula's Bộ Công Thương; review set the gold to the body the text names
#   70: web copies at random (Nghị định, a Prime Minister's decision repealing 39 others, UBTVQH resolutions, Thông tư
#       of eight ministries, the State Bank and the Government Inspectorate, two copies that misprint their own
#       number); 665 citations; blind 0.997 / 0.995 (8715cdc), signer_title 0.950, signing_authority 0.929, recipients
#       P 0.917, issuer accuracy 0.968 (joint circulars of before 1996, an annex calling the decree by a misprinted
#       number: read since); the constitution's name printed without "xã" read since (eighteenth session)
#   71: web copies at random (Thông tư of seven ministries: technical regulations, port waters, price rules, a repeal
#       of joint circulars); 244 citations; blind 1.000 / 1.000 (b09f058), every header field 1.000, issuer accuracy
#       0.992 ("của Bộ Giáo dục và Đào tạo thống nhất về việc …": "thống nhất" ends a name since)
#   72: web copies at random (a Nghị định, a UBTVQH resolution, a minister's decision of 2008 in the TCVN3 font
#       encoding, Thông tư of nine ministries and the State Bank); 226 citations; blind 1.000 / 1.000 (150fb26), issuer
#       R 0.952, subject 0.952, signing_authority R 0.938, issuer accuracy 0.920 (all but the list's below read since);
#       "các Thông tư của Bộ trưởng Bộ Tài chính: Thông tư số …; Thông tư số …", a list's heading stating its items'
#       issuer, read since (twenty-first session: issuer accuracy 0.947 → 0.991)
SEVENTY_SECOND_HELD_OUT_FLOORS = _floors(issuer_accuracy=0.98)
#   73: 21 of the texts left (web copies of Thông tư, gazette prints of a Chỉ thị, Government resolutions, a joint
#       circular of five bodies, a consolidated circular, three Standing Committee resolutions on merged provinces);
#       491 citations; blind 0.998 / 0.998 (8602f71), signer 0.944 / 0.895, signer_title 0.950 / 0.905,
#       signing_authority 0.938, recipients 0.909 (a date broken between its month and "năm", an annex heading
#       printing the own number without its year: read since; review left out the joint circular's signature);
#       left: an issuer cut by a gazette page's break and footnotes ("của Bộ")
#   74: 20 of the texts left (web copies of Nghị định and Thông tư, seven Standing Committee resolutions, a law as the
#       gazette prints it, six gazette prints whose pages are images); 259 citations; blind 0.996 / 0.996 (b305651),
#       every header field 1.000, issuer accuracy 1.000 ("Luật Bầu cử và quy định …": no name ends with "và" since)
#   75: 14 of the texts left (long web copies of Nghị định, Thông tư and a Standing Committee resolution, one without
#       its header; seven resolutions on merged provinces; an image-only gazette print); 212 citations; blind 1.000 /
#       1.000 (ce8a1fa), every header field 1.000, kind and issuer accuracy 1.000
#   78: three of the six longest (gazette prints of NĐ 139/2026 and 143/2026, the web copy of NĐ 308/2025); 247
#       citations; blind 0.996 / 1.000 (0635abb), every header field 1.000 ("Luật số 51/2010/QH12 - Luật Người khuyết
#       tật": one mention since)
#   79: the last three (consolidated circulars 04 and 05/VBHN-BTC, Government resolution 66.16/2026/NQ-CP on cutting
#       procedures); 1,729 citations after review (a treaty's protocol and four form placeholders of a blank sequence
#       removed); blind 0.997 / 0.994 (fa5e042), every header field 1.000; left: numbers misprinted in their year
#       ("142/2205/NĐ-CP" five times, "129/202024/NĐ-CP"), a law's name cut by a page's footnote ("Điều 103
#       Luật⏎⏎4 Khoản này …⏎chứng khoán")
SEVENTY_NINTH_HELD_OUT_FLOORS = _floors(numbered=0.99, named=0.99)


# Floors for the central set (16 ministry and gazette texts of vbpl_html and congbao_txt, annotated without the
# tool and never used to develop the rules): a little under its figures (README).
CENTRAL_FLOORS = _floors(issuer_accuracy=0.97, fields=0.95, number=1.0)


# Floors for the real scans (6 gazette PDFs of image pages, read from the page images without the tool; the last two,
# added in the twelfth session, 1.000 blind): the OCR path, a little under its figures (README).
SCAN_FLOORS = {
    "numbered_recall": 0.92, "numbered_precision": 0.95, "named_recall": 0.75, "named_precision": 0.75,
    "issuer_accuracy": 0.85,
    "fields": {"type": 0.9, "type_code": 0.9, "issuer_code": 0.9, "signer": 0.9, "signer_title": 0.9},
}


# Floors for the consolidated texts (8 văn bản hợp nhất of congbao_txt, headers read without the tool while their
# authentication block was being taught to the header reader, so not blind): their figures (README).
CONSOLIDATED_FLOORS = {  # headers only: no citations scored
    "numbered_recall": 1.0, "numbered_precision": 1.0, "named_recall": 1.0, "named_precision": 1.0,
    "issuer_accuracy": None,
    "fields": {"number": 1.0, "type": 1.0, "issue_date": 1.0, "place": 1.0, "issuer": 1.0, "subject": 1.0,
               "signer": 1.0, "signer_title": 1.0, "signing_authority": 1.0, "recipients": 1.0},
}


# Floors for the real PDFs (21 gazette prints, 2 of them scans, annotated from the page images in the sixth session,
# measured once blind, then used to fix what they showed): a little under their figures now (README).
PDF_FLOORS = {
    "numbered_recall": 0.98, "numbered_precision": 0.98, "named_recall": 0.98, "named_precision": 0.98,
    "issuer_accuracy": 0.95,
    "fields": {"number": 0.85, "type": 0.95, "issue_date": 0.85, "place": 0.8, "issuer": 0.95, "subject": 0.9,
               "signer": 0.95, "signer_title": 0.95, "signing_authority": 0.95},
}


# Each real gold set: its folder, its number of documents, its floors (the scans go through OCR: slow).
REAL_SETS = [
    pytest.param("real-gold", 44, REAL_FLOORS, id="development"),
    pytest.param("real-test", 24, FIRST_HELD_OUT_FLOORS, id="first-held-out"),
    pytest.param("real-test-2", 24, HELD_OUT_FLOORS, id="held-out"),
    pytest.param("real-test-3", 20, THIRD_HELD_OUT_FLOORS, id="third-held-out"),
    pytest.param("real-test-4", 20, FOURTH_HELD_OUT_FLOORS, id="fourth-held-out"),
    pytest.param("real-test-5", 20, FIFTH_HELD_OUT_FLOORS, id="fifth-held-out"),
    pytest.param("real-test-6", 20, SIXTH_HELD_OUT_FLOORS, id="sixth-held-out"),
    pytest.param("real-test-7", 14, SEVENTH_HELD_OUT_FLOORS, id="seventh-held-out"),
    pytest.param("real-test-8", 22, EIGHTH_HELD_OUT_FLOORS, id="eighth-held-out"),
    pytest.param("real-test-9", 20, NINTH_HELD_OUT_FLOORS, id="ninth-held-out"),
    pytest.param("real-test-10", 18, TENTH_HELD_OUT_FLOORS, id="tenth-held-out"),
    pytest.param("real-test-11", 13, ELEVENTH_HELD_OUT_FLOORS, id="eleventh-held-out"),
    pytest.param("real-test-12", 13, TWELFTH_HELD_OUT_FLOORS, id="twelfth-held-out"),
    pytest.param("real-test-13", 15, THIRTEENTH_HELD_OUT_FLOORS, id="thirteenth-held-out"),
    pytest.param("real-test-14", 14, FOURTEENTH_HELD_OUT_FLOORS, id="fourteenth-held-out"),
    pytest.param("real-test-15", 15, FIFTEENTH_HELD_OUT_FLOORS, id="fifteenth-held-out"),
    pytest.param("real-test-16", 15, SIXTEENTH_HELD_OUT_FLOORS, id="sixteenth-held-out"),
    pytest.param("real-test-17", 14, SEVENTEENTH_HELD_OUT_FLOORS, id="seventeenth-held-out"),
    pytest.param("real-test-18", 14, EIGHTEENTH_HELD_OUT_FLOORS, id="eighteenth-held-out"),
    pytest.param("real-test-19", 14, NINETEENTH_HELD_OUT_FLOORS, id="nineteenth-held-out"),
    pytest.param("real-test-20", 14, TWENTIETH_HELD_OUT_FLOORS, id="twentieth-held-out"),
    pytest.param("real-test-21", 14, TWENTY_FIRST_HELD_OUT_FLOORS, id="twenty-first-held-out"),
    pytest.param("real-test-22", 12, TWENTY_SECOND_HELD_OUT_FLOORS, id="twenty-second-held-out"),
    pytest.param("real-test-23", 14, ELEVENTH_SESSION_HELD_OUT_FLOORS, id="twenty-third-held-out"),
    pytest.param("real-test-24", 14, ELEVENTH_SESSION_HELD_OUT_FLOORS, id="twenty-fourth-held-out"),
    pytest.param("real-test-25", 14, ELEVENTH_SESSION_HELD_OUT_FLOORS, id="twenty-fifth-held-out"),
    pytest.param("real-test-26", 14, ELEVENTH_SESSION_HELD_OUT_FLOORS, id="twenty-sixth-held-out"),
    pytest.param("real-test-27", 14, ELEVENTH_SESSION_HELD_OUT_FLOORS, id="twenty-seventh-held-out"),
    pytest.param("real-test-28", 14, ELEVENTH_SESSION_HELD_OUT_FLOORS, id="twenty-eighth-held-out"),
    pytest.param("real-test-29", 14, ELEVENTH_SESSION_HELD_OUT_FLOORS, id="twenty-ninth-held-out"),
    pytest.param("real-test-30", 14, ELEVENTH_SESSION_HELD_OUT_FLOORS, id="thirtieth-held-out"),
    pytest.param("real-test-31", 14, THIRTY_FIRST_HELD_OUT_FLOORS, id="thirty-first-held-out"),
    pytest.param("real-test-32", 14, TWELFTH_SESSION_HELD_OUT_FLOORS, id="thirty-second-held-out"),
    pytest.param("real-test-33", 14, THIRTEENTH_SESSION_HELD_OUT_FLOORS, id="thirty-third-held-out"),
    pytest.param("real-test-34", 14, THIRTEENTH_SESSION_HELD_OUT_FLOORS, id="thirty-fourth-held-out"),
    pytest.param("real-test-35", 14, THIRTY_FIFTH_HELD_OUT_FLOORS, id="thirty-fifth-held-out"),
    pytest.param("real-test-36", 14, THIRTEENTH_SESSION_HELD_OUT_FLOORS, id="thirty-sixth-held-out"),
    pytest.param("real-test-37", 14, THIRTEENTH_SESSION_HELD_OUT_FLOORS, id="thirty-seventh-held-out"),
    pytest.param("real-test-38", 14, FOURTEENTH_SESSION_HELD_OUT_FLOORS, id="thirty-eighth-held-out"),
    pytest.param("real-test-39", 14, THIRTY_NINTH_HELD_OUT_FLOORS, id="thirty-ninth-held-out"),
    pytest.param("real-test-40", 14, FORTIETH_HELD_OUT_FLOORS, id="fortieth-held-out"),
    pytest.param("real-test-41", 14, FOURTEENTH_SESSION_HELD_OUT_FLOORS, id="forty-first-held-out"),
    pytest.param("real-test-42", 14, FOURTEENTH_SESSION_HELD_OUT_FLOORS, id="forty-second-held-out"),
    pytest.param("real-test-43", 14, FORTY_THIRD_HELD_OUT_FLOORS, id="forty-third-held-out"),
    pytest.param("real-test-44", 14, FIFTEENTH_SESSION_HELD_OUT_FLOORS, id="forty-fourth-held-out"),
    pytest.param("real-test-45", 14, FORTY_FIFTH_HELD_OUT_FLOORS, id="forty-fifth-held-out"),
    pytest.param("real-test-46", 14, FIFTEENTH_SESSION_HELD_OUT_FLOORS, id="forty-sixth-held-out"),
    pytest.param("real-test-47", 14, FIFTEENTH_SESSION_HELD_OUT_FLOORS, id="forty-seventh-held-out"),
    pytest.param("real-test-48", 14, FIFTEENTH_SESSION_HELD_OUT_FLOORS, id="forty-eighth-held-out"),
    pytest.param("real-test-49", 14, FIFTEENTH_SESSION_HELD_OUT_FLOORS, id="forty-ninth-held-out"),
    pytest.param("real-test-50", 14, FIFTEENTH_SESSION_HELD_OUT_FLOORS, id="fiftieth-held-out"),
    pytest.param("real-test-51", 14, FIFTY_FIRST_HELD_OUT_FLOORS, id="fifty-first-held-out"),
    pytest.param("real-test-52", 14, FIFTEENTH_SESSION_HELD_OUT_FLOORS, id="fifty-second-held-out"),
    pytest.param("real-test-53", 14, FIFTEENTH_SESSION_HELD_OUT_FLOORS, id="fifty-third-held-out"),
    pytest.param("real-test-54", 14, FIFTEENTH_SESSION_HELD_OUT_FLOORS, id="fifty-fourth-held-out"),
    pytest.param("real-test-55", 14, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="fifty-fifth-held-out"),
    pytest.param("real-test-56", 14, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="fifty-sixth-held-out"),
    pytest.param("real-test-57", 14, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="fifty-seventh-held-out"),
    pytest.param("real-test-58", 14, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="fifty-eighth-held-out"),
    pytest.param("real-test-59", 14, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="fifty-ninth-held-out"),
    pytest.param("real-test-60", 14, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="sixtieth-held-out"),
    pytest.param("real-test-61", 14, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="sixty-first-held-out"),
    pytest.param("real-test-62", 14, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="sixty-second-held-out"),
    pytest.param("real-test-63", 14, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="sixty-third-held-out"),
    pytest.param("real-test-64", 14, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="sixty-fourth-held-out"),
    pytest.param("real-test-65", 14, SIXTY_FIFTH_HELD_OUT_FLOORS, id="sixty-fifth-held-out"),
    pytest.param("real-test-66", 14, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="sixty-sixth-held-out"),
    pytest.param("real-test-67", 14, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="sixty-seventh-held-out"),
    pytest.param("real-test-68", 14, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="sixty-eighth-held-out"),
    pytest.param("real-test-69", 12, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="sixty-ninth-held-out"),
    pytest.param("real-test-70", 20, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="seventieth-held-out"),
    pytest.param("real-test-71", 18, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="seventy-first-held-out"),
    pytest.param("real-test-72", 21, SEVENTY_SECOND_HELD_OUT_FLOORS, id="seventy-second-held-out"),
    pytest.param("real-test-73", 21, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="seventy-third-held-out"),
    pytest.param("real-test-74", 20, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="seventy-fourth-held-out"),
    pytest.param("real-test-75", 14, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="seventy-fifth-held-out"),
    pytest.param("real-test-76", 11, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="seventy-sixth-held-out"),
    pytest.param("real-test-77", 2, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="seventy-seventh-held-out"),
    pytest.param("real-test-78", 3, SIXTEENTH_SESSION_HELD_OUT_FLOORS, id="seventy-eighth-held-out"),
    pytest.param("real-test-79", 3, SEVENTY_NINTH_HELD_OUT_FLOORS, id="seventy-ninth-held-out"),
    pytest.param("real-central", 16, CENTRAL_FLOORS, id="central"),
    pytest.param("real-vbhn", 8, CONSOLIDATED_FLOORS, id="consolidated"),
    pytest.param("real-scans", 6, SCAN_FLOORS, id="scans", marks=pytest.mark.slow),
    pytest.param("real-pdf", 21, PDF_FLOORS, id="pdf", marks=pytest.mark.slow),
]


@pytest.mark.real
@pytest.mark.parametrize("folder, documents, floors", REAL_SETS)
def test_real_gold_set_floors(folder, documents, floors):
    _assert_floors(folder, documents, floors)


def test_eval_reads_a_signing_prefix_with_or_without_its_space():
    from vnadmin.eval import canonical

    assert canonical("signing_authority", ["KT.CHỦ TỊCH"]) == canonical("signing_authority", ["KT. CHỦ TỊCH"])
    assert canonical("signing_authority", ["KT. CHỦ TỊCH"]) != canonical("signing_authority", ["TM. CHỦ TỊCH"])


def test_eval_scores_a_wrong_answer_as_wrong(tmp_path):
    """The scorer itself: a gold file that disagrees with the document must lower the figures."""
    import json

    text = (CORPORA / "seed" / "3457-BC-UBND.txt").read_text(encoding="utf-8")
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    gold = {"file": "doc.txt", "header": {"number": "3458/BC-UBND", "place": "Hương Trà"},
            "citations": [{"number": "269/KH-UBND", "date": "2023-08-02"}]}
    (tmp_path / "doc.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    report = evaluate([tmp_path])
    fields = report.fields()
    assert (fields["number"].tp, fields["number"].fp, fields["number"].fn) == (0, 1, 1)
    assert fields["place"].tp == 1
    assert report.citations()["numbered"].tp == 0


def test_eval_scores_the_documents_its_reader_makes(tmp_path):
    """``evaluate(..., read=)`` scores what ``read`` makes of each text (another pipeline, a cache): here the
    sample read through the fast pipeline, whose header and citations are the default's, and a reader whose
    document is another text's, scored as wrong."""
    import json

    from vnadmin.pipeline import process_path, process_text
    from vnadmin.pipelines import load

    text = (CORPORA / "seed" / "3457-BC-UBND.txt").read_text(encoding="utf-8")
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    gold = {"file": "doc.txt", "header": {"number": "3457/BC-UBND"}, "citations": [{"number": "407/QĐ-TTg",
                                                                                      "date": "2022-03-03"}]}
    (tmp_path / "doc.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    fast = evaluate([tmp_path], read=lambda path: process_path(path, load("fast")))
    assert fast.fields()["number"].tp == 1 and fast.citations()["numbered"].tp == 1
    other = evaluate([tmp_path], read=lambda path: process_text(text.replace("3457/BC-UBND", "3458/BC-UBND")))
    assert other.fields()["number"].tp == 0


# The 27 texts a second annotator annotated again, without the tool or the first gold (corpora/README.md)
SECOND_ANNOTATED = [
    "real-test-2/tvpl_md__1627-qd-ubnd", "real-test-53/congbao_txt__thong-tu-so-152-2025-tt-btc-468714",
    "real-test/tvpl_md__01779-qd-ubnd",
    "real-test-30/vbpl_html__thong-tu-so-26-2025-tt-bkhcn-quy-dinh-viec-nhap-khau-hang-hoa-thuoc-da-186084",
    "real-test-61/vbpl_html__thong-tu-so-94-2025-tt-btc-sua-doi-bo-sung-mot-so-dieu-cua-thong-tu-so-187379",
    "real-test-23/tvpl_md__1654-nq-ubtvqh15",
    "real-test-61/vbpl_html__thong-tu-so-05-2026-tt-bxd-quy-dinh-ve-bao-tri-cong-trinh-hang-hai-va-187236",
    "real-test-66/vbpl_html__quyet-dinh-so-45-2025-qd-ttg-quy-dinh-doi-tuong-thue-nha-o-cong-vu-tai-184175",
    "real-test-20/congbao_txt__thong-tu-so-03-2025-tt-bldtbxh-44170",
    "real-test-65/vbpl_html__thong-tu-so-07-2026-tt-bxd-cong-bo-vung-nuoc-cang-bien-khu-vuc-hang-ha-187238",
    "real-gold/tvpl_md__218-2025-qd-ubnd", "real-gold/tvpl_md__66-2025-nq-hdnd",
    # three longer ones (64 to 149 mentions each)
    "real-test-73/vbpl_html__thong-tu-so-06-2026-tt-bt-sua-doi-bo-sung-mot-so-dieu-cua-thong-tu-so-186984",
    "real-test-76/congbao_txt__nghi-dinh-so-146-2026-nd-cp-469484",
    "real-test-76/congbao_txt__nghi-dinh-so-145-2020-nd-cp-32732",
    # ten more local texts (picked at random, seeded), for the headers' layouts
    "real-test-2/tvpl_md__0125-kh-ubnd",
    "real-gold/tvpl_md__030-2025-qd-ubnd",
    "real-test-7/tvpl_md__1630-qd-ubnd",
    "real-test-24/tvpl_md__1668-nq-ubtvqh15",
    "real-gold/tvpl_md__2519-qd-ubnd",
    "real-test-3/tvpl_md__26-2025-qd-ubnd",
    "real-test-3/tvpl_md__2740-qd-ubnd",
    "real-test-8/tvpl_md__3509-qd-ct",
    "real-gold/tvpl_md__623-tb-vpcp",
    "real-test-4/tvpl_md__83-2025-qd-ubnd",
    # the two consolidated circulars of set 79, whose first annotators searched two thirds of them (503 mentions)
    "real-test-79/congbao_txt__van-ban-hop-nhat-so-4-vbhn-btc-469150",
    "real-test-79/congbao_txt__van-ban-hop-nhat-so-5-vbhn-btc-469151",
]


def test_two_annotators_agree_on_the_second_annotated_texts():
    """The gold's own reliability: the second annotation agrees with the first on every citation (1,119 of 1,119, kind
    and issuer too, once review made one issuer of the first as written, "Giám đốc Sở Tài chính", and removed four
    form placeholders whose sequence is left blank, "Thông tư số ..../2020/TT-BTC") and on every header
    field but two recipients lists ("VPUB: + CVP, các PCVP (đ/b);⏎+ Cổng TTĐT tỉnh": whether the "+" line is a part
    of the item above; a "Lưu" item's drafter's initials on the next line, which the conventions keep). A gold file
    edited so that it no longer agrees with the second annotator fails here; the texts are not read, so this runs
    without ../shared."""
    report = evaluate([CORPORA / f"{name}.gold.json" for name in SECOND_ANNOTATED],
                      against=CORPORA / "second-annotations")
    assert len(report.documents) == 27 and not report.skipped
    citations = report.citations()
    assert (citations["all"].tp, citations["all"].fp, citations["all"].fn) == (1119, 0, 0)
    assert report.accuracy()["kind"] == 1.0 and report.accuracy()["issuer"] == 1.0
    fields = report.fields()
    assert all((c.fp, c.fn) == (0, 0) for name, c in fields.items() if name != "recipients")
    assert (fields["recipients"].fp, fields["recipients"].fn) == (2, 2)


def test_gold_files_without_a_second_annotation_are_counted_once():
    """`vnadmin eval corpora/real-* --against corpora/second-annotations` printed one "skipped" line for each of the
    5,200 gold files the second annotator did not annotate, before its figures (review of the README)."""
    unpaired = sorted((CORPORA / "written").glob("*.gold.json"))[:3]
    report = evaluate([*unpaired, CORPORA / f"{SECOND_ANNOTATED[0]}.gold.json"], against=CORPORA / "second-annotations")
    assert len(report.documents) == 1
    assert report.skipped == [("3 gold file(s)", f"not annotated in {CORPORA / 'second-annotations'}: not compared")]
