"""Every exercise checker in the course keeps the same promise to a confused beginner.

Found automatically: every factory registered with ``@register`` in ``helpers/checks/nbNN.py``
(and a cross-check that no public factory was left unregistered, and that every check cell of
every notebook uses a registered factory). For each exercise:

* ``...``, ``None`` and any template still holding a ``...`` are "not answered yet" - never an
  error, never a used-up try;
* the typical wrong forms of a beginner (text for a number, a list where one value is
  expected, a one-row table, percent vs share, the wrong sign, the neighbouring month, NaN,
  empty, odd types) each get a verdict from the checker itself - never a traceback and never
  the last-resort "could not be checked";
* the right answer passes in each form a beginner may give it (a plain number, a numpy
  number, a one-row Series or DataFrame, a number in quotes);
* each wrong try gives a hint, never a less specific one than the try before.
"""

from __future__ import annotations

import importlib
import inspect
import math
import numbers
import pkgutil
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import helpers.checks
from helpers.exercises import REGISTRY, Exercise

ROOT = Path(__file__).resolve().parents[1]
MODULES = {
    info.name: importlib.import_module(f"helpers.checks.{info.name}")
    for info in pkgutil.iter_modules(helpers.checks.__path__)
    if info.name.startswith("nb")
}
FACTORIES = [
    pytest.param(factory, id=key.removeprefix("helpers.checks."))
    for key, factory in sorted(REGISTRY.items())
    if key.startswith("helpers.checks.nb")
]

ODD_ANSWERS = (
    "text",
    "",
    [1, 2],
    {"a": 1},
    object(),
    float("nan"),
    42,
    -1.5,
    ("x",),
    True,
    np.float64(3.0),
    pd.Series([1.0, 2.0]),
    pd.Series([], dtype=float),
    pd.DataFrame({"a": [1, 2], "b": [3, 4]}),
)
TEMPLATES = ([..., ...], {"a": ..., "b": ...}, pd.DataFrame({"x": [..., ...]}))


def _is_number(x) -> bool:
    return isinstance(x, numbers.Real) and not isinstance(x, bool | np.bool_)


def _fresh(factory) -> Exercise:
    ex = factory()
    ex.reset()
    return ex


def _assert_a_verdict(verdict, answer) -> None:
    assert verdict.status in {"right", "wrong", "unanswered"}, (answer, verdict)
    assert "could not be checked" not in verdict.message, (answer, verdict.message)


def test_every_notebook_has_checkers():
    modules = {p.id.split(".")[0] for p in FACTORIES}
    assert modules >= {f"nb{n:02d}" for n in range(11)}, sorted(modules)


def test_every_factory_is_registered():
    """A public function of a checks module that returns an Exercise must be registered."""
    for name, module in MODULES.items():
        for fn_name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn_name.startswith("_") or fn.__module__ != module.__name__:
                continue
            ret = inspect.signature(fn).return_annotation
            if isinstance(ret, str) and ret.endswith("Exercise") or ret is Exercise:
                assert f"{module.__name__}.{fn_name}" in REGISTRY, f"{name}.{fn_name}"


def test_every_registered_exercise_is_in_its_notebook():
    for src in sorted((ROOT / "notebooks" / "src").glob("*.py")):
        prefix = f"helpers.checks.nb{src.name[:2]}."
        called = {prefix + name for name in re.findall(r"checks\.(\w+)\(", src.read_text())}
        registered = {key for key in REGISTRY if key.startswith(prefix)}
        assert registered and registered <= called, (src.name, sorted(registered - called))


@pytest.mark.parametrize("factory", FACTORIES)
def test_unanswered_is_never_an_error(factory):
    ex = _fresh(factory)
    for answer in (..., None, *TEMPLATES):
        verdict = ex.check(answer, quiet=True)
        assert verdict.status == "unanswered", (answer, verdict)
        assert "Not answered yet" in verdict.message or "Not finished yet" in verdict.message
    assert ex.tries == 0


def _wrong_forms(solution) -> list:
    """The confused beginner's versions of the right answer (each one wrong)."""
    if isinstance(solution, pd.Period):
        return [solution - 1, solution + 1, str(solution - 1), [str(solution)]]
    if _is_number(solution):
        forms = [[solution], [solution, solution]]
        if solution and math.isfinite(solution):
            forms.append(-solution)
        return forms
    if isinstance(solution, str):
        return [[solution], pd.Series([solution, solution]), solution + " and more"]
    return []


@pytest.mark.parametrize("factory", FACTORIES)
def test_confused_beginner_gets_a_verdict_never_a_traceback(factory):
    ex = _fresh(factory)
    for answer in ODD_ANSWERS:
        _assert_a_verdict(ex.check(answer, quiet=True), answer)
    for answer in _wrong_forms(ex.solution):
        verdict = ex.check(answer, quiet=True)
        _assert_a_verdict(verdict, answer)
        assert verdict.status == "wrong", (answer, verdict)


def _right_forms(solution) -> list:
    if _is_number(solution):
        value = float(solution)
        return [
            value,
            np.float64(value),
            pd.Series([value], index=[7]),
            pd.DataFrame({"answer": [value]}),
            repr(value),
        ]
    if isinstance(solution, pd.Period):
        return [solution, str(solution), solution.to_timestamp()]
    if isinstance(solution, str):
        return [solution, f"  {solution} "]
    return [solution]


@pytest.mark.parametrize("factory", FACTORIES)
def test_the_right_answer_passes_in_every_accepted_form(factory):
    ex = _fresh(factory)
    if ex.solution is None:
        pytest.skip("a free or table answer: tested with its notebook's checks")
    for answer in _right_forms(ex.solution):
        verdict = ex.check(answer, quiet=True)
        assert verdict.status == "right", (answer, verdict)
        if isinstance(answer, pd.Series | pd.DataFrame):
            assert ".item()" in verdict.note
    assert ex.tries == 0


@pytest.mark.parametrize("factory", FACTORIES)
def test_percent_and_share_get_their_own_verdict(factory):
    ex = _fresh(factory)
    if ex.expects != "share" or not ex.solution:
        pytest.skip("not a share")
    verdict = ex.check(100 * ex.solution, quiet=True)
    assert verdict.status == "wrong" and "percentage" in verdict.message, verdict


@pytest.mark.parametrize("factory", FACTORIES)
def test_odd_answers_get_progressive_hints(factory):
    ex = _fresh(factory)
    previous = -1
    for odd in ODD_ANSWERS:
        verdict = ex.check(odd, quiet=True)
        if verdict.status != "wrong":
            continue
        if ex.hints:
            assert verdict.hint, (odd, verdict)
            level = list(ex.hints).index(verdict.hint)
            assert level >= previous
            previous = level
