"""The shared exercise machinery speaks Korean in the Korean edition, and decides the same way.

``course/exercises.py`` says every verdict through ``tr()``; these check the Korean a learner
reads for each kind of answer the machinery handles itself (not answered, a cell that failed,
numbers in any form, a name, NaN, a percent for a share), and that a choice made on the
English text (a checker's generic "Give a number ...") is made the same way in Korean.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from course import exercises
from course.exercises import (
    Exercise,
    Missing,
    SetThenFailed,
    Stale,
    empty_list_problem,
    expect_choice,
    expect_number,
    expect_set,
    explain_error,
)
from helpers import i18n
from helpers.hangul import has_hangul


@pytest.fixture(autouse=True)
def _fresh():
    exercises.reset_all()
    yield
    exercises.reset_all()


def _number_exercise(**kwargs) -> Exercise:
    return Exercise(
        "demo",
        expect_number(0.485, tol=0.01),
        hints=["첫 번째 힌트", "두 번째 힌트"],  # a checker's own hints: tr() there
        expects="share",
        solution=0.485,
        **kwargs,
    )


ANSWERS = [
    ...,
    None,
    {"a": 1, "b": ...},
    pd.DataFrame({"x": [..., 1]}),
    Missing("share"),
    Missing("share", "NameError: name 'x' is not defined"),
    Stale("share", "KeyError: 'y'"),
    SetThenFailed("share", "KeyError: 'y'", 0.3),
    True,
    "abc",
    "48.5%",
    [0.3],
    pd.Series([0.3], index=[4]),
    pd.Series([], dtype=float),
    pd.DataFrame({"a": [], "b": []}),
    pd.Series([0.1, 0.2]),
    pd.DataFrame({"a": [0.1], "b": [0.2]}),
    pd.DataFrame({"a": [0.1, 0.2], "b": [0.3, 0.4]}),
    float("nan"),
    48.5,
    0.2,
    0.9,
    object(),
]


@pytest.mark.parametrize(
    "answer", ANSWERS, ids=[f"{type(a).__name__}-{i}" for i, a in enumerate(ANSWERS)]
)
def test_every_verdict_of_the_machinery_is_korean_and_decides_as_in_english(answer):
    english = _number_exercise().check(answer, quiet=True)
    exercises.reset_all()
    with i18n.language("ko"):
        korean = _number_exercise().check(answer, quiet=True)
        shown = str(korean)
    assert korean.status == english.status
    assert (korean.hint is None) == (english.hint is None)
    assert (korean.note is None) == (english.note is None)
    for part in (korean.message, korean.hint, korean.note):
        assert part is None or has_hangul(part), part
    if korean.hint:
        assert "힌트:" in shown and "Hint:" not in shown
    if korean.note:
        assert "참고:" in shown and "Note:" not in shown


def test_a_right_answer_says_correct_in_korean_with_the_default_success():
    ex = Exercise("demo", lambda a: None)
    assert str(ex.check(1, quiet=True)) == "[demo] Correct! That's it."
    with i18n.language("ko"):
        assert str(ex.check(1, quiet=True)) == "[demo] 정답입니다! 맞습니다."


def test_a_whole_table_gets_the_kinds_advice_in_korean_too():
    """A checker's generic "Give a number ..." gives way to the advice for a table (pick a
    cell, sum, count) in both languages: the choice is read on the English text."""

    def checker(answer):
        if not isinstance(answer, float):
            return i18n.tr("Give one number, e.g. 0.25 (you gave {what}).", what="x")
        return None

    table = pd.DataFrame({"a": [1.0, 2.0], "b": [3.0, 4.0]})
    ex = Exercise("demo", checker, expects="number", solution=1.0)
    english = ex.check(table, quiet=True).message
    assert "table.loc[row, column]" in english and "you gave x" not in english
    exercises.reset_all()
    with i18n.language("ko"):
        korean = ex.check(table, quiet=True).message
    assert "table.loc[행, 열]" in korean and "입력한 답: x" not in korean


def test_the_small_checkers_speak_korean_with_the_words_they_are_given():
    with i18n.language("ko"):
        said = [
            expect_choice("a", options=["a", "b"])(3),
            expect_choice("a", options=["a", "b"])("c"),
            expect_choice("a")("z"),
            expect_choice("a")(3),
            expect_number(0.5)("abc"),
            expect_number(0.5)(0.9),
            expect_number(0.5)(0.1),
            expect_number(0.5)(float("nan")),
            expect_set({"a", "b"})("a"),
            expect_set({"a", "b"})([]),
            expect_set({"a", "b"})(["a", "c"]),
            expect_set({"a", "b"})(["a", "b", "c"]),
            expect_set({"a", "b"})(["a"]),
            empty_list_problem("metrics", 0.10),
        ]
        # a word the caller passes in is looked up in the catalogue (it has "metrics")
        assert "지표 리스트" in empty_list_problem("metrics")
    assert all(has_hangul(s) for s in said), [s for s in said if not has_hangul(s)]
    assert expect_set({"a", "b"})(["a", "b", "c"]) == "1 of your items should not be there."


def test_an_answer_cells_error_is_explained_in_korean():
    events = pd.DataFrame({"event": ["reservation"]})
    with i18n.language("ko"):
        texts = [
            explain_error(KeyError("3")),
            explain_error(KeyError("reservation"), {"events": events}),
            explain_error(
                TypeError("f() got an unexpected keyword argument 'colour'"),
                {"f": lambda color=1: color},
            ),
            explain_error(
                TypeError("f() got an unexpected keyword argument 'zzz'"),
                {"f": lambda color=1: color},
            ),
        ]
    assert all(has_hangul(t) for t in texts), texts
    assert texts[0].startswith("KeyError: '3' - ")  # the error itself stays as Python says it


def test_the_numbers_in_a_korean_verdict_are_the_english_ones():
    english = _number_exercise().check(np.float64(48.5), quiet=True).message
    exercises.reset_all()
    with i18n.language("ko"):
        korean = _number_exercise().check(np.float64(48.5), quiet=True).message
    for number in ("48.5", "0.485"):
        assert number in english and number in korean
