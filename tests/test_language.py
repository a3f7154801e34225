"""The Vietnamese language layer: segmentation with legal tokens whole, the spaCy pipeline, channels,
difficulties and recommendations, quantities."""
import json

import pytest
from spacy.tokens import DocBin

import vnadmin
from conftest import CORPORA, SEED, SHARED_REAL, need_shared
from vnadmin.pipeline import process_path
from vnadmin.text import normalize
from vnadmin.text.segment import Segmenter, fixed_words, token_pattern, underthesea_words

GOLD = json.loads((SEED / "3457-BC-UBND.gold.json").read_text(encoding="utf-8"))
SHIPPED = sorted((CORPORA / "seed").glob("*.txt")) + sorted((CORPORA / "written").glob("*.txt"))


@pytest.fixture(scope="module")
def nlp():
    return vnadmin.load("default")


@pytest.fixture(scope="module")
def sample_doc(nlp):
    return nlp((SEED / "3457-BC-UBND.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("engine", ["underthesea", "pyvi"])
@pytest.mark.parametrize("text, whole", [
    ("Nghị định số 09/2017/NĐ-CP ngày 09/02/2017", ["09/2017/NĐ-CP", "09/02/2017"]),
    ("Số: 3457/BC-UBND", ["3457/BC-UBND"]),
    ("Chỉ thị số 37-CT/TW", ["37-CT/TW"]),
    ("UBND tỉnh TT.Huế; Trung tâm VH&TT&TT thị xã; V/v triển khai", ["TT.Huế", "VH&TT&TT", "V/v", "UBND"]),
])
def test_legal_tokens_are_single_tokens(engine, text, whole):
    segmenter = Segmenter(engine)
    tokens = [text[a:b] for a, b in segmenter.spans(text)]
    for token in whole:
        assert token in tokens, (engine, tokens)


def test_names_of_bodies_and_places_stay_whole():
    text = "Ủy ban nhân dân tỉnh Thừa Thiên Huế và Sở Thông tin và Truyền thông, Hội đồng nhân dân"
    tokens = [text[a:b] for a, b in Segmenter("underthesea").spans(text)]
    for name in ("Ủy ban nhân dân", "Thừa Thiên Huế", "Sở Thông tin và Truyền thông", "Hội đồng nhân dân"):
        assert name in tokens, tokens


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_no_extracted_span_is_cut_by_a_token(path):
    document = process_path(path)
    starts = {a for a, _ in document.tokens}
    ends = {b for _, b in document.tokens}
    items = [*document.citations, *document.dates, *document.channels, *document.items, *document.quantities]
    assert items
    for item in items:
        assert item.start in starts and item.end in ends, (item.text, type(item).__name__)
    for citation in (c for c in document.citations if c.number):  # the number itself is one token
        assert (citation.number_start, citation.number_end) in set(document.tokens)


def test_segmented_text_joins_words_with_underscores():
    document = process_path(SEED / "3457-BC-UBND.txt")
    assert "Hương_Trà" in document.segmented and "3457/BC-UBND" in document.segmented
    assert "Thừa_Thiên_Huế" in document.segmented


def test_sample_difficulties_and_recommendations_verbatim():
    document = process_path(SEED / "3457-BC-UBND.txt")
    difficulties = [i.text for i in document.items if i.kind == "difficulty"]
    recommendations = [i for i in document.items if i.kind == "recommendation"]
    assert difficulties == GOLD["difficulties"]
    assert len(recommendations) == GOLD["recommendations_count"] == 2
    assert recommendations[1].text.startswith("Có chế độ phù hợp") and recommendations[1].order == 2
    assert {i.heading for i in document.items} == {"II. HẠN CHẾ, KHÓ KHĂN", "III. ĐỀ XUẤT, KIẾN NGHỊ"}


def test_sample_channel_categories():
    document = process_path(SEED / "3457-BC-UBND.txt")
    assert {"website", "radio", "social_media", "print", "press", "events"} <= {c.category for c in document.channels}
    texts = {c.text.casefold() for c in document.channels}
    assert {"zalo", "facebook", "tờ gấp", "hệ thống đài truyền thanh cơ sở", "cơ quan báo chí"} <= texts


@pytest.mark.parametrize("text, value, unit", [
    ("cho 210 cán bộ thông tin", 210, "cán bộ"), ("tổ chức 15 lớp tập huấn", 15, "lớp"),
    ("đạt 30% kế hoạch", 30, "%"), ("1.250 lượt người tham gia", 1250, "lượt người"), ("tăng 2,5 %", 2.5, "%"),
])
def test_quantities(text, value, unit):
    (quantity,) = vnadmin.parse(text).quantities
    assert (quantity.value, quantity.unit) == (value, unit)


def test_a_number_past_any_float_is_no_quantity():
    """400 nines made a value of Infinity, which `parse --json` printed as no JSON parser reads (review)."""
    import json

    document = vnadmin.parse(f"Huyện có {'9' * 400} cán bộ và 12 lớp tập huấn.")
    assert [(q.value, q.unit) for q in document.quantities] == [(12, "lớp")]
    json.dumps(document.to_dict(), allow_nan=False)


def test_no_quantity_in_years_and_numbers():
    assert vnadmin.parse("năm 2023, Kế hoạch số 269/KH-UBND, Điều 5").quantities == []


def test_gold_lists_on_the_shipped_documents():
    """Channels and difficulties are annotated on at least 5 corpora/ documents; the figures must hold."""
    from vnadmin.eval import evaluate

    report = evaluate([CORPORA / "seed", CORPORA / "written"])
    assert len([d for d in report.documents if "channel phrases" in d.lists]) >= 5
    assert len([d for d in report.documents if "difficulties" in d.lists]) >= 5
    lists = report.lists()
    assert lists["difficulties"].recall == 1.0 and lists["difficulties"].precision == 1.0
    assert lists["channel categories"].recall == 1.0
    assert lists["channel phrases"].recall >= 0.85


def test_spacy_components_span_groups_and_extensions(nlp, sample_doc):
    assert nlp.pipe_names[:3] == ["vnadmin_header", "vnadmin_citations", "vnadmin_dates"]
    doc = sample_doc
    assert doc.text == normalize((SEED / "3457-BC-UBND.txt").read_text(encoding="utf-8")).text
    citations = doc.spans["citations"]
    assert len(citations) == 13 and citations[0].label_ == "Kế hoạch"
    assert doc._.header["number"] == "3457/BC-UBND"
    assert [c["number"] for c in doc._.citations][-1] == "269/KH-UBND"
    assert len(doc._.difficulties) == 3 and len(doc.spans["recommendations"]) == 2
    assert {s.label_ for s in doc.spans["channels"]} >= {"website", "radio", "social_media"}
    assert [f["check"] for f in doc._.findings] == ["same_instrument_different_dates"]
    assert "3457/BC-UBND" in [t.text for t in doc]


def test_docbin_round_trip_keeps_spans_and_extensions(nlp, sample_doc):
    bin_ = DocBin(store_user_data=True)
    bin_.add(sample_doc)
    (doc,) = list(DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab))
    assert [s.text for s in doc.spans["citations"]] == [s.text for s in sample_doc.spans["citations"]]
    def plain(value):  # msgpack gives tuples where the original held lists
        return json.loads(json.dumps(value))

    assert plain(doc._.citations) == plain(sample_doc._.citations) and plain(doc._.header) == plain(sample_doc._.header)


@pytest.mark.parametrize("path", SHIPPED[:6], ids=lambda p: p.name)
def test_batch_and_spacy_paths_give_the_same_rows(nlp, path):
    document = process_path(path)
    doc = nlp(path.read_text(encoding="utf-8"))
    assert doc.text == document.text
    assert [(c["start"], c["end"], c["number"], c["date"], c["issuer"]) for c in doc._.citations] == [
        (c.start, c.end, c.number, c.date, c.issuer) for c in document.citations]
    assert [(c["start"], c["category"]) for c in doc._.channels] == [(c.start, c.category) for c in document.channels]
    assert [(t.idx, t.idx + len(t)) for t in doc if not t.is_space] == document.tokens


def test_pyvi_pipeline():
    document = process_path(SEED / "3457-BC-UBND.txt", __import__("vnadmin.pipelines").pipelines.load("pyvi"))
    assert "3457/BC-UBND" in document.segmented.split()


def test_line_cache_gives_identical_output():
    text = (SEED / "3457-BC-UBND.txt").read_text(encoding="utf-8")
    cached, uncached = Segmenter("underthesea"), Segmenter("underthesea", cache_lines=0)
    first = cached.spans(text)
    assert cached.spans(text) == first == uncached.spans(text)
    assert cached.hits > 0


def _lines(paths, every: int = 1) -> list[str]:
    lines = []
    for path in paths:
        text = normalize(path.read_text(encoding="utf-8", errors="replace")).text
        lines += [line for line in text.split("\n") if line.strip()][::every]
    return lines


def _agree_with_underthesea(lines: list[str]) -> None:
    from underthesea import word_tokenize

    words = fixed_words()
    fast = underthesea_words(words)
    listed = list(words)
    differ = [line for line in lines if fast(line) != word_tokenize(line, use_token_normalize=False, fixed_words=listed)]
    assert not differ, differ[:3]


def test_fixed_words_pattern_built_once_segments_as_underthesea_does():
    """underthesea_words (its token pattern with the fixed words compiled once, then its tagger) gives exactly what
    underthesea.word_tokenize gives with those fixed words, line by line, on the shipped documents and on lines made
    to hold fixed words, numbers, dates, emphasis and odd characters."""
    made = ["UBND tỉnh Thừa Thiên Huế và Sở Thông tin và Truyền thông", "**Điều 5.** Hiệu lực thi hành từ 01/01/2025",
            "Ủy ban nhân dân thành phố Hồ Chí Minh; Bà Rịa - Vũng Tàu", "…", "a", "x@y.vn, https://vbpl.vn/TW",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "ÐỒNG Ý 100% (5/5)"]
    _agree_with_underthesea(_lines(SHIPPED) + made)


@pytest.mark.slow
def test_fixed_words_pattern_built_once_on_real_lines():
    """The same on every 40th line of every real text (the benchmark `segment` times the two)."""
    _agree_with_underthesea(_lines(sorted(need_shared(SHARED_REAL).rglob("*.txt")), every=40))


def test_token_probes_hold_a_match_of_every_alternative():
    """The probes the whole-match reader is checked on meet every named alternative of underthesea's pattern, so a
    change of underthesea's that made a match's whole differ from its named group's value shows on them."""
    from underthesea.pipeline.word_tokenize.regex_tokenize import extract_match

    from vnadmin.text.segment import TOKEN_PROBES

    pattern = token_pattern(fixed_words())
    met = {extract_match(match)[1] for line in TOKEN_PROBES for match in pattern.finditer(line)}
    assert met == set(pattern.groupindex)


def test_tokens_read_as_whole_matches_are_underthesea_s_tokens():
    """Regression (speed): the reader takes each match whole; on the shipped documents' lines it reads what
    underthesea's extract_match reads, and a pattern whose named group is not all of its alternative keeps
    extract_match."""
    import re

    from underthesea.pipeline.word_tokenize.regex_tokenize import extract_match

    from vnadmin.text.segment import _whole_matches_reader

    pattern = token_pattern(fixed_words())
    read = _whole_matches_reader(pattern, extract_match)
    assert read.__name__ == "whole"
    for line in _lines(SHIPPED):
        assert read(line) == [extract_match(match)[0] for match in pattern.finditer(line)]
    partial = re.compile(r"((?P<first>\w)\w*|(?P<other>\W))")
    assert _whole_matches_reader(partial, extract_match).__name__ == "named"


# --- the spaCy container: saving, loading, pickling, processes (review) ---

TCVN3_TEXT = ("V/v: §Ýnh chÝnh QuyÕt ®Þnh sè 29/2007/Q§-BXD ngµy 31/12/2007 cña Bé tr\u00adëng Bé X©y dùng\n\n"
              "C¨n cø LuËt ban hµnh v¨n b¶n quy ph¹m ph¸p luËt ngµy 03/6/2008;\n"
              "C¨n cø NghÞ ®Þnh sè 178/2007/N§-CP ngµy 03/12/2007 cña ChÝnh phñ;\n")
DAMAGED_DATE_TEXT = ("Theo Nghị định số 104/2026/NĐ-CP ngày 31 tháng \n3 tháng 2026 của Chính phủ quy định việc lập "
                     "dự toán.")


def test_line_cache_tolerates_a_concurrent_eviction():
    """A line evicted by another thread between the cache's get and its move_to_end raised KeyError (review)."""
    import threading
    from collections import OrderedDict

    class EvictedAfterGet(OrderedDict):  # another thread evicts the line right after this one found it
        def get(self, key, default=None):
            value = super().get(key, default)
            self.pop(key, None)
            return value

    segmenter = Segmenter("pyvi", cache_lines=3)
    first = segmenter.spans("Dòng số 1 của văn bản")
    segmenter._cache = EvictedAfterGet(segmenter._cache)
    assert segmenter.spans("Dòng số 1 của văn bản") == first
    segmenter = Segmenter("pyvi", cache_lines=2)
    lines = [f"Dòng số {i} của văn bản" for i in range(5)]
    expected = [segmenter.spans(line) for line in lines]
    errors, results = [], []

    def work():
        try:
            for _ in range(300):
                results.append([segmenter.spans(line) for line in lines] == expected)
        except Exception as error:  # noqa: BLE001
            errors.append(repr(error))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and all(results) and len(segmenter._cache) <= 2


def test_legacy_font_text_is_repaired_by_the_tokenizer_as_by_parse(nlp):
    """TCVN3 mojibake was converted by vnadmin.parse but not by the spaCy tokenizer: doc.text and the citations
    differed (review)."""
    document, doc = vnadmin.parse(TCVN3_TEXT), nlp(TCVN3_TEXT)
    assert doc.text == document.text and doc.text.startswith("V/v: Đính chính Quyết định số 29/2007/QĐ-BXD")
    assert [c["number"] for c in doc._.citations] == [c.number for c in document.citations]
    assert "178/2007/NĐ-CP" in [t.text for t in doc]


def test_damaged_dates_in_the_spacy_doc_as_in_parse(nlp):
    """vnadmin_dates left out the damaged dates extract() adds from the citations (review)."""
    document, doc = vnadmin.parse(DAMAGED_DATE_TEXT), nlp(DAMAGED_DATE_TEXT)
    assert [(d["start"], d["end"], d["iso"], d["form"]) for d in doc._.dates] == \
        [(d.start, d.end, d.iso, d.form) for d in document.dates]
    assert [(s.start_char, s.end_char) for s in doc.spans["dates"]] == [(d.start, d.end) for d in document.dates]
    assert document.dates[0].form == "damaged"


def _run_python(script: str, timeout: int = 240) -> str:
    """``script`` run in a fresh Python importing this tree's vnadmin; its standard output."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=timeout)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def _summary(doc) -> tuple:
    """What a doc says: its text, tokens, spans and extension values."""
    from vnadmin.text.language import EXTENSIONS

    return (doc.text, [(t.idx, t.text) for t in doc],
            {name: [(s.start_char, s.end_char, s.label_) for s in group] for name, group in doc.spans.items()},
            {name: json.loads(json.dumps(getattr(doc._, name))) for name in EXTENSIONS})


def test_pipeline_pickles(nlp):
    """The components were closures inside their factories and the Segmenter held a lambda: pickle.dumps(nlp)
    failed, and so did nlp.pipe(n_process=2) under the spawn start method (review)."""
    import pickle

    text = (SEED / "3457-BC-UBND.txt").read_text(encoding="utf-8")
    copy = pickle.loads(pickle.dumps(nlp))
    assert copy.pipe_names == nlp.pipe_names and _summary(copy(text)) == _summary(nlp(text))
    segmenter = pickle.loads(pickle.dumps(Segmenter("pyvi", cache_lines=7)))
    assert (segmenter.engine, segmenter.cache_lines) == ("pyvi", 7)
    assert segmenter.spans("Số: 3457/BC-UBND") == Segmenter("pyvi").spans("Số: 3457/BC-UBND")


@pytest.mark.slow
def test_pipe_with_two_processes_under_spawn():
    """nlp.pipe(texts, n_process=2) with processes started by spawn (as on macOS and Windows) (review)."""
    script = ("import json, multiprocessing\n"
              "if __name__ == '__main__':\n"
              "    multiprocessing.set_start_method('spawn', force=True)\n"
              "    import vnadmin\n"
              "    nlp = vnadmin.load('fast')\n"
              "    texts = ['Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ;',\n"
              "             'Số: 3457/BC-UBND', 'Theo Kế hoạch số 269/KH-UBND ngày 01/8/2023;', 'Không có gì.']\n"
              "    def rows(docs):\n"
              "        return [([t.text for t in d], [c['number'] for c in d._.citations]) for d in docs]\n"
              "    print(json.dumps([rows(nlp.pipe(texts, n_process=2, batch_size=1)), rows(map(nlp, texts))]))\n")
    processes, one = json.loads(_run_python(script))
    assert processes == one and one[0][1] == ["09/2017/NĐ-CP"]


def test_saved_pipeline_loads_with_vnadmin_s_tokenizer_in_a_fresh_process(nlp, tmp_path):
    """nlp.to_disk and nlp.to_bytes failed (the tokenizer had no serialization), and the config named spaCy's own
    Vietnamese tokenizer, so a saved pipeline reloaded with the wrong one (review)."""
    assert nlp.config["nlp"]["tokenizer"] == {"@tokenizers": "vnadmin.tokenizer.v1", "segmenter": "underthesea"}
    assert vnadmin.load("fast").config["nlp"]["tokenizer"]["segmenter"] == "pyvi"
    nlp.to_disk(tmp_path / "model")
    text = (SEED / "3457-BC-UBND.txt").read_text(encoding="utf-8")
    (tmp_path / "text.txt").write_text(text, encoding="utf-8")
    script = ("import json, sys, spacy, vnadmin.text.language as language\n"
              f"nlp = spacy.load({str(tmp_path / 'model')!r})\n"
              "assert type(nlp.tokenizer) is language.VietnameseTokenizer, type(nlp.tokenizer)\n"
              f"doc = nlp(open({str(tmp_path / 'text.txt')!r}, encoding='utf-8').read())\n"
              "print(json.dumps([doc.text, [(t.idx, t.text) for t in doc],"
              " {n: [(s.start_char, s.end_char, s.label_) for s in g] for n, g in doc.spans.items()},"
              " {n: getattr(doc._, n) for n in language.EXTENSIONS}]))\n")
    reloaded = json.loads(_run_python(script))
    assert reloaded == json.loads(json.dumps(_summary(nlp(text))))
    again = vnadmin.load("pyvi").from_bytes(nlp.to_bytes())  # the bytes carry the segmenter
    assert again.tokenizer.segmenter.engine == "underthesea" and _summary(again(text)) == _summary(nlp(text))


def test_entry_points_in_pyproject_name_the_factories_and_the_tokenizer():
    """spaCy finds factories without an import of vnadmin.text.language through the spacy_factories entry points;
    they were not declared (review)."""
    import importlib
    import tomllib

    from conftest import ROOT
    from spacy.util import registry

    from vnadmin.text.language import COMPONENTS

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    factories, tokenizers = project["entry-points"]["spacy_factories"], project["entry-points"]["spacy_tokenizers"]
    assert sorted(factories) == sorted(COMPONENTS) and sorted(tokenizers) == ["vnadmin.tokenizer.v1"]
    for group, table in (("factories", factories), ("tokenizers", tokenizers)):
        for name, target in table.items():
            module, function = target.split(":")
            assert getattr(importlib.import_module(module), function) is registry.get(group, name), name


def test_saved_pipeline_loads_without_an_import_of_vnadmin_through_the_entry_points(nlp, tmp_path):
    """spacy.load of a saved pipeline in a process that never imports vnadmin: spaCy finds the tokenizer and the
    factories through the entry points. They are installed here as an install would write them (a dist-info folder
    with pyproject.toml's entry points, first on the path), so no reinstall is needed to test them (review)."""
    import tomllib

    from conftest import ROOT

    points = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"].get("entry-points", {})
    info = tmp_path / "site" / "vnadmin-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: vnadmin\nVersion: 0.1.0\n")
    (info / "entry_points.txt").write_text("".join(
        f"[{group}]\n" + "".join(f"{name} = {value}\n" for name, value in table.items()) + "\n"
        for group, table in points.items()))
    nlp.to_disk(tmp_path / "model")
    text = "Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ;"
    script = ("import json, sys\n"
              f"sys.path.insert(0, {str(tmp_path / 'site')!r})\n"
              "import spacy\n"
              f"nlp = spacy.load({str(tmp_path / 'model')!r})\n"
              f"doc = nlp({text!r})\n"
              "print(json.dumps([type(nlp.tokenizer).__name__, [t.text for t in doc],"
              " [c['number'] for c in doc._.citations]]))\n")
    tokenizer, tokens, numbers = json.loads(_run_python(script))
    doc = nlp(text)
    assert (tokenizer, tokens, numbers) == ("VietnameseTokenizer", [t.text for t in doc], ["09/2017/NĐ-CP"])


def test_installed_entry_points_name_the_factories():
    """The same, as the installed package declares them (they take effect only after an install of this
    pyproject.toml: `pip install -e .`)."""
    from importlib.metadata import entry_points

    from vnadmin.text.language import COMPONENTS

    installed = {point.name: point.value for point in entry_points(group="spacy_factories")
                 if point.value.startswith("vnadmin.")}
    if not installed:
        pytest.skip("the installed vnadmin predates its spacy_factories entry points: reinstall it (pip install -e .)")
    assert sorted(installed) == sorted(COMPONENTS)


def test_docbin_round_trip_gives_back_what_the_readme_says(nlp, sample_doc):
    """The README said a DocBin round trip keeps doc._ values; msgpack gives their lists back as tuples (review):
    the README says so, and what comes back is that."""
    from conftest import ROOT

    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "lists come back as tuples" in readme
    bin_ = DocBin(store_user_data=True)
    bin_.add(sample_doc)
    (doc,) = DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab)
    assert type(doc._.citations) is tuple and type(doc._.citations[0]) is dict
    assert json.loads(json.dumps(doc._.citations)) == sample_doc._.citations


@pytest.mark.parametrize("engine", ["underthesea", "pyvi"])
@pytest.mark.parametrize("piece", ["1-", "a,"])
def test_regression_a_run_thousands_of_characters_long_is_cut_into_its_pieces(engine, piece):
    """A line holding a run without spaces of thousands of characters ("1-1-1-…", found by review) took underthesea's
    token pattern a time that grows with the square of its length (20 s at 80,000 characters). Such a run (500
    characters or more; the real texts' longest is 341) is cut into its letters and digits and its other
    characters; the words around it are segmented as usual."""
    run = piece * 3000
    line = "Căn cứ Nghị định số 09/2017/NĐ-CP " + run + " của Chính phủ"
    spans = Segmenter(engine, cache_lines=0).spans(line)
    words = [line[a:b] for a, b in spans]
    assert words[:4] == ["Căn cứ", "Nghị định", "số", "09/2017/NĐ-CP"] and words[-2:] == ["của", "Chính phủ"]
    assert words[4:-2] == [piece[0], piece[1]] * 3000
