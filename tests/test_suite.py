"""The test suite itself: a test that shadows another by its name never runs."""
import ast
from collections import Counter
from pathlib import Path

import pytest

TESTS = sorted(Path(__file__).parent.glob("test_*.py"))


@pytest.mark.parametrize("path", TESTS, ids=[p.name for p in TESTS])
def test_no_test_function_is_defined_twice(path):
    """Regression (tenth session): a new test in tests/test_header.py took the name of an older one; Python kept the
    later definition, and the new test never ran."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = Counter(node.name for node in tree.body
                    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
    assert [name for name, count in names.items() if count > 1] == []
