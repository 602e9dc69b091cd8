"""The layout keeps its promises (docs/ARCHITECTURE.md).

* two wings: ``helpers`` (any event log) never imports ``course`` (the course's worlds);
* both package indexes (``helpers/__init__.py``, ``course/__init__.py``) name every module;
* every module has its test file at its address (``tests/<wing>/test_<module>.py``);
* no function of the general wing is longer than 60 lines (its body, docstring left out): a
  longer one is a pipeline waiting to be named.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINGS = {"helpers": ROOT / "helpers", "course": ROOT / "course"}
MAX_LINES = 60


def _modules(wing: Path) -> list[str]:
    """The wing's modules and subpackages, as their index names them (no private, no ko)."""
    names = [p.stem for p in wing.glob("*.py") if not p.stem.startswith("_")]
    names += [p.name for p in wing.iterdir() if (p / "__init__.py").exists() and p.name != "ko"]
    return sorted(names)


def _imports(path: Path) -> list[tuple[int, str]]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            out.append((node.lineno, node.module))
    return out


def test_the_general_helpers_never_import_the_course():
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in sorted(WINGS["helpers"].rglob("*.py"))
        for line, name in _imports(path)
        if name == "course" or name.startswith("course.")
    ]
    assert not offenders, offenders


@pytest.mark.parametrize("wing", sorted(WINGS))
def test_the_index_names_every_module(wing):
    doc = ast.get_docstring(ast.parse((WINGS[wing] / "__init__.py").read_text(encoding="utf-8")))
    missing = [m for m in _modules(WINGS[wing]) if f"``{m}``" not in doc]
    assert not missing, f"{wing}/__init__.py does not list {missing}"


@pytest.mark.parametrize("wing", sorted(WINGS))
def test_every_module_has_its_test_file(wing):
    modules = [m for m in _modules(WINGS[wing]) if m != "checks"]  # checks: tests/notebooks/
    missing = [m for m in modules if not (ROOT / "tests" / wing / f"test_{m}.py").exists()]
    assert not missing, f"no tests/{wing}/test_<module>.py for {missing}"


def test_every_notebook_has_its_test_file():
    checks = sorted(p.stem for p in (WINGS["course"] / "checks").glob("nb*.py"))
    missing = [c for c in checks if not (ROOT / "tests" / "notebooks" / f"test_{c}.py").exists()]
    assert not missing, missing


def _body_lines(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    body = fn.body
    if isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant):
        body = body[1:] or body
    return body[-1].end_lineno - body[0].lineno + 1


def test_no_long_function_in_the_general_wing():
    long = [
        f"{path.relative_to(ROOT)}:{node.lineno} {node.name}() is {n} lines"
        for path in sorted(WINGS["helpers"].rglob("*.py"))
        if "ko" not in path.relative_to(WINGS["helpers"]).parts[:1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and (n := _body_lines(node)) > MAX_LINES
    ]
    assert not long, "split into named steps:\n" + "\n".join(long)
