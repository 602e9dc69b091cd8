"""The shared answer readers (course/answers.py): every form of a number a beginner gives is
read the same way in every checker, and the caller's answer is never changed."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from course import answers
from course.answers import (
    Mistake,
    dict_problem,
    is_number,
    read_dict_entries,
    read_number,
    read_one_value,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [(3, True), (2.5, True), (np.float64(0.3), True), (np.int64(4), True), (True, False),
     (np.True_, False), ("3", False), (None, False), (pd.Series([1.0]), False)],
)  # fmt: skip
def test_is_number_takes_real_numbers_never_yes_no(answer, expected):
    assert is_number(answer) is expected


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        (0.485, 0.485),
        (np.float32(0.5), 0.5),
        (pd.Series([0.5], index=[7]), 0.5),
        (pd.DataFrame({"x": [0.5]}), 0.5),
        (np.array([0.5]), 0.5),
        ("0.485", 0.485),
        ("1,200", 1200.0),
        ("48.5%", 0.485),
    ],
)
def test_read_number_reads_every_form_of_one_number(answer, value):
    got, note = read_number(answer, expects="share")
    assert got == pytest.approx(value)
    assert (note is None) == isinstance(answer, float | np.floating)


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (True, "yes/no"),
        ([0.5], "without the brackets"),
        ("many", "without quotes"),
        (pd.Series([], dtype=float), "empty column"),
        (pd.DataFrame({"x": []}), "empty table"),
        (pd.Series(["a"]), "not a number"),
        (pd.Series([1.0, 2.0], index=["a", "b"]), 'series.loc["label"]'),
        (pd.DataFrame({"a": [1], "b": [2]}), "kept one row"),
        (pd.DataFrame({"a": [1, 2], "b": [3, 4]}), "table.loc[row, column]"),
        ({"a": 1}, "Give one number"),
    ],
)
def test_read_number_says_why_an_answer_is_not_one_number(answer, says):
    value, problem = read_number(answer)
    assert value is None and says in problem


def test_a_whole_table_gets_its_own_hint():
    _, problem = read_number(pd.Series([1.0, 2.0]))
    assert isinstance(problem, Mistake) and "series.loc" in problem.hint


def test_one_value_tables_are_read_as_their_value_and_the_caller_keeps_its_dict():
    assert read_one_value(pd.DataFrame({"m": [pd.Period("2024-09", "M")]}))[0] == pd.Period(
        "2024-09", "M"
    )
    assert read_one_value(pd.Series([np.True_]))[0] is True
    number = pd.Series([0.5])
    assert read_one_value(number) == (number, None)  # a number is read_number's job
    given = {"before": pd.Series([0.12], index=[5]), "after": 0.06}
    read, note = read_dict_entries(given)
    assert read == {"before": 0.12, "after": 0.06} and "'before'" in note
    assert isinstance(given["before"], pd.Series)
    plain = {"a": 1}
    assert read_dict_entries(plain) == (plain, None)


def test_dict_problem_names_the_missing_and_the_open_keys():
    keys, example = ["cohort", "why"], '{"cohort": "2024-01", "why": "summer"}'
    assert "like the template" in dict_problem(["2024-01"], keys, example)
    assert "'why'" in dict_problem({"cohort": "2024-01"}, keys, example)
    assert "still open: 'why'" in dict_problem({"cohort": "2024-01", "why": ...}, keys, example)
    assert dict_problem({"cohort": "2024-01", "why": "x"}, keys, example) is None


def test_the_readers_speak_korean():
    from helpers import i18n
    from helpers.hangul import has_hangul

    with i18n.language("ko"):
        said = [read_number(a)[1] for a in ("many", [0.5], pd.Series([1.0, 2.0]), "0.5")]
        said.append(dict_problem({}, ["a"], "{}"))
    assert all(has_hangul(s) for s in said), said


def test_no_checker_reads_numbers_its_own_way_or_imports_another_notebooks_private_name():
    """One _is_number (answers.is_number); no `from course.checks.nbNN import _x`."""
    for path in sorted((ROOT / "course" / "checks").glob("nb*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        assert "_is_number" not in defined, path.name
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("course."):
                private = [a.name for a in node.names if a.name.startswith("_")]
                assert not private, (path.name, node.module, private)
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("course.checks"):
                raise AssertionError(f"{path.name} imports {node.module}: share it in answers")


def test_exercises_still_offers_read_number():
    from course import exercises

    assert exercises.read_number is answers.read_number
