"""The package's own code: no module defines a top-level function twice (pyflakes misses a name used before its
second definition, which then silently replaces the first)."""
import ast
from collections import Counter
from pathlib import Path

import pytest

import kg

MODULES = sorted(Path(kg.__file__).parent.rglob("*.py"))


def twice_defined(source: str) -> list[str]:
    names = Counter(node.name for node in ast.parse(source).body
                    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
    return sorted(name for name, n in names.items() if n > 1)


def test_a_name_defined_twice_is_found():
    assert twice_defined("def f():\n    return 1\n\n\ndef g():\n    return f()\n\n\ndef f():\n    return 2\n") == ["f"]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(Path(kg.__file__).parent)))
def test_no_module_defines_a_top_level_name_twice(path):
    assert twice_defined(path.read_text(encoding="utf-8")) == []
