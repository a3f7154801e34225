"""crf_features: the strings underthesea's CRF tagger reads, built in Python, the same as underthesea_core's
featurizer builds them, on real lines, on made ones and on generated ones."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPORA
from vnadmin.text import normalize
from vnadmin.text.crf_features import PROBES, crf_featurizer
from vnadmin.text.segment import underthesea_model_folder


@pytest.fixture(scope="module")
def model():
    """underthesea's word-segmentation model as underthesea loads it: its templates, its dictionary, and its own
    featurizer on one line."""
    import joblib
    import underthesea.pipeline.word_tokenize as package
    from underthesea import word_tokenize

    word_tokenize("khởi động", use_token_normalize=False)
    folder = underthesea_model_folder()
    process = package.word_tokenize_model.featurizer.process
    return (joblib.load(folder / "features.bin"), joblib.load(folder / "dictionary.bin"),
            lambda tokens: process([[[token] for token in tokens]])[0])


@pytest.fixture(scope="module")
def featurize(model):
    built = crf_featurizer(*model[:2])  # unchecked: the tests below compare it themselves
    assert built is not None
    return built


def _same(featurize, reference, tokens):
    return [list(features) for features in featurize(tokens)] == reference(tokens)


@pytest.mark.parametrize("tokens", [
    [],
    ["a"],
    ["Hà Nội"],  # one token holding a space (a fixed word)
    ["a", "b"],
    ["a", "b", "c"],
    ["Bác", "sĩ", "bây", "giờ"],  # words of the dictionary, alone and in pairs
    ["UBND", "tỉnh", "Thừa Thiên Huế", "ĐÀ", "NẴNG"],  # capitals: titles
    ["1", "01", "+5", "-12", "2147483647", "2147483648", "-2147483648", "-2147483649", "+", "-", "1.5", "1,5"],
    ["٣", "½", "²", "１２"],  # digits Python calls digits and a 32-bit integer does not take
    ["1A", "A1", "(a)", "“Bác”", "…", "đ", "Đ", "ǅ", "ß", "İ", "ΑΣ", "Σ", "ς"],  # titles and cases of other letters
    ["09/2017/NĐ-CP", "ngày", "09/02/2017", ";"],
])
def test_features_as_underthesea_core_builds_them(model, featurize, tokens):
    assert _same(featurize, model[2], tokens)


def test_features_on_the_shipped_documents_lines(model, featurize):
    from underthesea.pipeline.word_tokenize import regex_tokenize

    paths = sorted((CORPORA / "seed").glob("*.txt")) + sorted((CORPORA / "written").glob("*.txt"))
    lines = [line for path in paths for line in normalize(path.read_text(encoding="utf-8")).text.split("\n")
             if line.strip()]
    differ = [line for line in lines
              if not _same(featurize, model[2], regex_tokenize.tokenize(line, use_token_normalize=False))]
    assert len(lines) > 300 and not differ, differ[:3]


_PART = st.text(alphabet="aAbBđĐàÀơƠưƯ01+-/.,;()“”ΣσςßİǅxX٣½", min_size=1, max_size=4)
_TOKEN = st.lists(_PART, min_size=1, max_size=3).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKEN, max_size=9))
def test_features_as_underthesea_core_builds_them_on_generated_lines(model, featurize, tokens):
    assert _same(featurize, model[2], tokens)


def test_a_template_of_another_grammar_leaves_underthesea_its_featurizer(model):
    templates, dictionary, reference = model
    assert crf_featurizer([*templates, "T[0].isupper"], dictionary, reference) is None
    assert crf_featurizer(["T[1,0]"], dictionary) is None


def test_features_that_differ_on_a_probe_leave_underthesea_its_featurizer(model):
    templates, dictionary, reference = model
    assert crf_featurizer(templates, dictionary, reference) is not None
    assert crf_featurizer(templates, set(), reference) is None  # (is_in_dict then differs)
    assert crf_featurizer(templates, dictionary, lambda tokens: reference(tokens)[::-1]) is None
    assert any(len(probe) == 1 for probe in PROBES)


def test_segmentation_uses_the_python_features():
    """Regression: a probe that no longer agrees would silently hand every line back to underthesea_core's
    featurizer (three times slower); the installed underthesea must pass them."""
    import underthesea.pipeline.word_tokenize as package
    from underthesea import word_tokenize

    from vnadmin.text.segment import _python_features_tagger

    word_tokenize("khởi động", use_token_normalize=False)
    tag = _python_features_tagger(package.word_tokenize_model)
    assert tag is not None
    assert tag(["Bác", "sĩ", "bây", "giờ"]) == package.word_tokenize_model.predict([["Bác"], ["sĩ"], ["bây"], ["giờ"]])
