"""Reading a learner's answer: the shared readers every checker of the course uses.

A beginner gives the same number in many forms: ``0.49``, ``np.float64(0.49)``, a one-value
Series left over from a filter, ``"49%"`` in quotes. The readers here turn each form into the
plain value a checker compares (with a note on how it was read), or say in one sentence what
the answer is and why it is not a number. They live here, once, so that no checker reads
numbers its own way and no checker imports another notebook's private helper.

* :func:`is_number` - a real number (numpy ones too), never True/False;
* :func:`read_number` - any number-like answer -> ``(value, note)`` or ``(None, why not)``;
* :func:`read_one_value` - a one-value table holding a name, a month or a yes/no -> that value;
* :func:`read_dict_entries` - a dict whose entries are one-value tables -> their values;
* :func:`dict_problem` - what is wrong with the shape of a dict answer (a template's keys);
* :func:`describe` - what an answer is, in words ("a table (DataFrame) with 2 rows ...");
* :class:`Mistake` - a verdict with its own hint (what a reader or a checker returns for a
  mistake it recognises).

>>> read_number(pd.Series([0.49], index=[3]))[0]
0.49
>>> is_number(np.float64(2.5)), is_number(True)
(True, False)
"""

from __future__ import annotations

import numbers
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from helpers import i18n
from helpers.i18n import tr

#: The table-like kinds whose one value can be read as the answer.
TABLES = (pd.Series, pd.DataFrame, pd.Index, np.ndarray)


class Mistake(str):
    """What a checker returns for a mistake it recognises: the verdict, with its own hint.

    A checker may return a plain string (the progressive hints of the exercise follow) or a
    ``Mistake``: its ``hint`` then replaces the progressive hint for this try, so the hint
    always speaks to the mistake just made (``hint=""`` shows none: the verdict says it all).

    >>> m = Mistake("That is the lift of all users.", hint="Keep the target segment first.")
    >>> str(m), m.hint
    ('That is the lift of all users.', 'Keep the target segment first.')
    """

    hint: str | None

    def __new__(cls, message: str, hint: str | None = None) -> Mistake:
        obj = super().__new__(cls, message)
        obj.hint = hint
        return obj


# ---- what an answer is, in words -----------------------------------------------------------


def is_number(x: Any) -> bool:
    """A real number, numpy ones too, but not True/False (``bool`` is an ``int`` in Python).

    >>> is_number(3), is_number(np.int64(3)), is_number(np.True_), is_number("3")
    (True, True, False, False)
    """
    return isinstance(x, numbers.Real) and not isinstance(x, bool | np.bool_)


def count_of(n: int, word: str) -> str:
    """``count_of(1, "row")`` -> '1 row'; ``count_of(3, "row")`` -> '3 rows' (in the
    learner's language for "row" and "column")."""
    if word == "row":
        return tr("{n} row", n=n) if n == 1 else tr("{n} rows", n=n)
    if word == "column":
        return tr("{n} column", n=n) if n == 1 else tr("{n} columns", n=n)
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def in_language(text: str) -> str:
    """A word a checker passes in (``what="share of riders"``) in the learner's language:
    its catalogue entry if it has one, else as it is."""
    if i18n.get_language() == "en":
        return text
    return i18n.catalogue().get(text, text)


def describe(answer: Any) -> str:
    """What ``answer`` is, in words, for a verdict ("you gave a list of 2 values").

    >>> describe([1, 2])
    'a list of 2 values'
    """
    if isinstance(answer, pd.DataFrame):
        rows, cols = answer.shape
        return tr(
            "a table (DataFrame) with {rows} and {columns}",
            rows=count_of(rows, "row"),
            columns=count_of(cols, "column"),
        )
    if isinstance(answer, pd.Series):
        return tr("a column of values (Series) with {rows}", rows=count_of(len(answer), "row"))
    if isinstance(answer, str):
        return tr("the text {text}", text=repr(answer))
    if isinstance(answer, list | tuple):
        return tr("a {kind} of {n} values", kind=type(answer).__name__, n=len(answer))
    if isinstance(answer, bool):
        return tr("{answer} (a yes/no value)", answer=answer)
    return tr("a {kind}", kind=type(answer).__name__)


# ---- numbers in any form -------------------------------------------------------------------


def read_number(answer: Any, *, expects: str = "number") -> tuple[float | None, str | None]:
    """Read a number-like answer: ``(value, note)``, or ``(None, what is wrong)``.

    One-value Series/DataFrame/arrays, numpy scalars and numbers in quotes are read as the
    number; ``note`` then says how (``None`` for a plain number). ``expects="share"`` reads
    ``"48.5%"`` as 0.485. What is wrong may be a :class:`Mistake` (with its own hint).

    >>> read_number(pd.Series([0.5], index=[7]))[0]
    0.5
    >>> read_number("48.5%", expects="share")[0]
    0.485
    >>> read_number([1, 2])[0] is None
    True
    """
    if isinstance(answer, bool | np.bool_):
        return None, tr("Give a number, not {answer} (a yes/no value).", answer=answer)
    if isinstance(answer, numbers.Real):
        return float(answer), None
    if isinstance(answer, TABLES):
        return _number_from_table(answer, expects)
    if isinstance(answer, str):
        return _number_from_text(answer, expects)
    if isinstance(answer, list | tuple) and len(answer) == 1:
        return None, tr(
            "You gave a {kind} with one value in it; the answer is the "
            "value itself: write it without the brackets (or take it out with [0]).",
            kind=type(answer).__name__,
        )
    return None, tr("Give one number, e.g. 0.25 (you gave {what}).", what=describe(answer))


def _number_from_table(answer: Any, expects: str) -> tuple[float | None, str | None]:
    """A Series, DataFrame, Index or array read as a number: its one value, or why not."""
    if answer.size == 1:
        return _number_from_one_cell(answer, expects)
    if answer.size == 0:
        return None, _empty_table_problem(answer)
    return None, _many_values_problem(answer)


def _number_from_one_cell(answer: Any, expects: str) -> tuple[float | None, str | None]:
    """A one-value table read as its number, with the note on ``.item()``."""
    value, _ = read_number(np.asarray(answer).ravel()[0], expects=expects)
    if value is None:
        if isinstance(answer, pd.DataFrame):
            return None, tr("Your answer is a one-value table, but its value is not a number.")
        return None, tr(
            "Your answer is a one-value column of values, but its value is not a number."
        )
    return value, tr(
        "your answer was a one-value {kind}; it was read as the number {value:g}. "
        "To take one number out of a table yourself, add `.item()` at the end.",
        kind=type(answer).__name__,
        value=value,
    )


def _empty_table_problem(answer: Any) -> str:
    """The verdict for an empty table where one number is the answer (a filter kept nothing)."""
    if isinstance(answer, pd.DataFrame):
        return tr(
            "Your answer is an empty table: the filter kept no rows. Check the condition "
            "(the spelling of a value, the format of a month, a share vs a percent)."
        )
    return tr(
        "Your answer is an empty column of values: the filter kept no rows. Check the "
        "condition (the spelling of a value, the format of a month, a share vs a percent)."
    )


def _many_values_problem(answer: Any) -> Mistake:
    """The verdict for a whole column, row or table where one number is the answer."""
    if isinstance(answer, pd.Series):
        return Mistake(
            tr(
                "Your answer is {what}; give one number. A Series has one label "
                'per row: pick one with series.loc["label"] (the labels are shown on the left '
                "when you print it; add `.item()` if you still get a one-value Series), or add "
                "it up with .sum(), or count rows with len(...).",
                what=describe(answer),
            ),
            hint=tr(
                "Print your Series, find the label of the row you want on the left, and "
                'take that one value: series.loc["label"].'
            ),
        )
    if isinstance(answer, pd.DataFrame) and len(answer) == 1:
        return Mistake(
            tr(
                "Your answer is {what}: your filter kept one row, but the "
                "answer is one number, one cell of it. Add the column to the .loc: "
                "table.loc[your_condition, 'column'], then `.item()` to take the number out.",
                what=describe(answer),
            ),
            hint=tr(
                "Keep your filter and name the column that holds the number (this "
                "table has {columns}): table.loc[your_condition, 'column'].item().",
                columns=", ".join(map(str, answer.columns)),
            ),
        )
    return Mistake(
        tr(
            "Your answer is {what} (a whole row or column, or a filtered "
            "table); give one number. Pick one cell with table.loc[row, column] - both the row "
            "and the column - and add `.item()` if it is still a one-value table; or add a "
            "column up with .sum(), or count rows with len(...).",
            what=describe(answer),
        ),
        hint=tr(
            "Print the table, find the row and the column of the number you want, and take "
            "that one cell: table.loc[row, column] (add .item() if a filter picks the row)."
        ),
    )


def _number_from_text(answer: str, expects: str) -> tuple[float | None, str | None]:
    """A number in quotes ("0.25", "1,200", "48.5%") read as the number, with a note."""
    text = answer.strip().replace(",", "").replace("_", "")
    percent = text.endswith("%")
    try:
        value = float(text.rstrip("%").strip())
    except ValueError:
        return None, tr(
            "Give a number without quotes, e.g. 0.25 (you gave {what}).",
            what=describe(answer),
        )
    if percent and expects == "share":
        value /= 100
    return value, tr(
        "your answer was text in quotes; it was read as the number {value:g}. "
        "Write numbers without quotes.",
        value=value,
    )


# ---- one value out of a table, entries of a dict --------------------------------------------


def read_one_value(answer: Any) -> tuple[Any, str | None]:
    """A one-row table holding a name, a month or a yes/no, read as that value (with a note);
    any other answer as it is, with no note.

    >>> read_one_value(pd.Series(["promotion"], index=[4]))[0]
    'promotion'
    """
    if not isinstance(answer, TABLES) or answer.size != 1:
        return answer, None
    value = np.asarray(answer, dtype=object).ravel()[0]
    if isinstance(value, np.bool_):
        value = bool(value)
    if not isinstance(value, str | bool | pd.Period | pd.Timestamp):
        return answer, None
    kind = type(answer).__name__
    return value, tr(
        "your answer was a one-value {kind}; it was read as {value}. To take one value "
        "out of a table yourself, add `.item()` at the end.",
        kind=kind,
        value=repr(value),
    )


def read_dict_entries(answer: dict) -> tuple[dict, str | None]:
    """A dict answer whose entries are one-value tables: each read as its value (one note).
    The caller's dict is never changed (a new one is returned when an entry was read).

    >>> read_dict_entries({"before": pd.Series([0.12], index=[5]), "after": 0.06})[0]
    {'before': 0.12, 'after': 0.06}
    """
    out, unwrapped = {}, []
    for key, value in answer.items():
        if isinstance(value, TABLES) and value.size == 1:
            item = np.asarray(value, dtype=object).ravel()[0]
            out[key] = item.item() if isinstance(item, np.generic) else item
            unwrapped.append(key)
        else:
            out[key] = value
    if not unwrapped:
        return answer, None
    return out, tr(
        "{keys} held a one-value table; it was read as its value. "
        "To take one value out of a table yourself, add `.item()` at the end.",
        keys=", ".join(map(repr, unwrapped)),
    )


def dict_problem(answer: Any, keys: Sequence[str], example: str) -> str | None:
    """What is wrong with the shape of a dict answer to a template with ``keys`` (None if it
    is fine): not a dict, a key missing, a ``...`` still open. ``example`` shows the template.

    >>> dict_problem({"before": 0.5}, ["before", "after"], '{"before": 0.5, "after": 0.6}')
    "The dict is missing 'after': keep every key of the template."
    >>> dict_problem({"before": 0.5, "after": 0.6}, ["before", "after"], "") is None
    True
    """
    if not isinstance(answer, dict):
        return tr("Give a dict, like the template: {example}.", example=example)
    missing = [k for k in keys if k not in answer]
    if missing:
        return tr(
            "The dict is missing {missing}: keep every key of the template.",
            missing=", ".join(map(repr, missing)),
        )
    unfilled = [k for k in keys if answer[k] is ...]
    if unfilled:
        return tr(
            "Fill in every ... (still open: {unfilled}).", unfilled=", ".join(map(repr, unfilled))
        )
    return None
