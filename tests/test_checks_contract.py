"""Every exercise checker in the course keeps the same promise to the learner.

Found automatically: each public function in ``helpers/checks/nbNN.py`` that takes no
arguments and returns an :class:`~helpers.exercises.Exercise`. For each one:

* ``...`` and ``None`` are "not answered yet" - never an error, never a used-up try;
* odd answers (wrong types, NaN, empty) get a "Not yet" verdict, never a traceback, and are
  handled by the checker itself (not by the last-resort "could not be checked" message);
* each wrong try gives a hint, never a less specific one than the try before.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import helpers.checks
from helpers.exercises import Exercise

ODD_ANSWERS = ("text", [1, 2], {"a": 1}, object(), float("nan"), "", 42, -1.5, ("x",))


def _factories():
    found = []
    for info in pkgutil.iter_modules(helpers.checks.__path__):
        if not info.name.startswith("nb"):
            continue
        module = importlib.import_module(f"helpers.checks.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue
            sig = inspect.signature(fn)
            if any(p.default is p.empty for p in sig.parameters.values()):
                continue
            ret = sig.return_annotation
            if (
                ret in (Exercise, "Exercise")
                or (isinstance(ret, type) and issubclass(ret, Exercise))
                or (isinstance(ret, str) and ret.endswith("Exercise"))
            ):
                found.append(pytest.param(fn, id=f"{info.name}.{name}"))
    return found


FACTORIES = _factories()


def test_every_notebook_has_checkers():
    modules = {p.id.split(".")[0] for p in FACTORIES}
    assert modules >= {f"nb{n:02d}" for n in range(11)}, sorted(modules)


@pytest.mark.parametrize("factory", FACTORIES)
def test_unanswered_is_never_an_error(factory):
    ex = factory()
    for answer in (..., None):
        verdict = ex.check(answer, quiet=True)
        assert verdict.status == "unanswered", verdict
        assert "Not answered yet" in verdict.message
    assert ex.tries == 0


@pytest.mark.parametrize("factory", FACTORIES)
def test_odd_answers_get_a_verdict_and_progressive_hints(factory):
    ex = factory()
    previous = -1
    for odd in ODD_ANSWERS:
        verdict = ex.check(odd, quiet=True)
        if verdict.status == "unanswered":  # e.g. an untouched template
            continue
        assert verdict.status == "wrong", (odd, verdict)
        assert "could not be checked" not in verdict.message, (odd, verdict.message)
        if ex.hints:
            assert verdict.hint, (odd, verdict)
            level = list(ex.hints).index(verdict.hint)
            assert level >= previous
            previous = level
