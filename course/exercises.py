"""Instant feedback for the exercises.

Every exercise in the course is an :class:`Exercise`. The learner writes an answer and
calls ``ex.check(answer)``; they get a clear verdict at once:

* ``...`` (the placeholder), ``None``, or a template still holding a ``...``
  -> "not answered yet", never an error and never a used-up try;
* a right answer                         -> a short confirmation of *why* it is right;
* a wrong answer                         -> what is wrong with it, and a hint that gets more
  specific on each wrong try (kept per exercise for the whole session, so a check cell that
  creates its checker again still moves on to the next hint);
* an answer the checker cannot even read -> the same friendly message, never a traceback.

Some mistakes are the same in every exercise, so they are handled here, once, by kind:

* a number asked for (``expects="number"``, ``"share"`` or ``"percent"``) may come as a
  one-value Series or DataFrame, a numpy scalar or a number in quotes: it is read as the
  number, with a one-line note on ``.item()``; a one-value table holding a name, a month or
  True/False (alone, or as an entry of a dict answer) is read as that value, with the same note
  (the readers, shared by every checker, are in :mod:`course.answers`);
* a percent given where a share is expected (48.5 for 0.485), and the reverse, gets its own
  verdict;
* in a notebook, a check cell whose answer cell stopped with an error, or never ran, says so
  and what to do (instead of a ``NameError`` or a verdict on an old value): see
  :func:`install_notebook_support`.

A checker is a plain function ``answer -> str | None``: ``None`` means right, a string says
what is wrong with this answer ("that is the lagging metric"). Hints are a list from gentle
to nearly-the-answer.

>>> reset_all()
>>> ex = Exercise("demo", lambda a: None if a == 4 else "Count again.", hints=["2 + 2"])
>>> ex.check(..., quiet=True).status
'unanswered'
>>> ex.check(5, quiet=True).status
'wrong'
>>> ex.check(4, quiet=True).status
'right'
"""

from __future__ import annotations

import ast
import difflib
import functools
import inspect
import math
import numbers
import re
import types
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from course.answers import (
    Mistake,
    count_of,
    describe,
    in_language,
    is_number,
    read_dict_entries,
    read_number,
    read_one_value,
)
from helpers import i18n
from helpers.i18n import tr, translate_text

Checker = Callable[[Any], "str | None"]

#: Wrong tries per exercise key, for the whole session (module level, so that a checker
#: created again by a re-run check cell keeps moving on to the next hint).
_TRIES: dict[str, int] = {}
#: Names assigned by a notebook cell that stopped with an error -> that error, in one line.
_FAILED: dict[str, str] = {}
#: The last wrong verdict per exercise key: a recognised mistake made again gets the
#: progressive hint (its own hint did not help).
_LAST: dict[str, str] = {}
#: Names a failed cell *did* set before a later line of it stopped -> that error.
_SET_THEN_FAILED: dict[str, str] = {}
#: Object ids of the names the running cell assigns, taken before it ran.
_BEFORE: dict[str, int | None] = {}
#: Every exercise factory of the course, by "module.function" (see :func:`register`; all of
#: them, with every ``course.checks.nbNN`` imported: :func:`course.checks.registry`).
REGISTRY: dict[str, Registered] = {}

NUMBER_KINDS = ("number", "share", "percent")

DEFAULT_SUCCESS = "That's it."
NOT_ANSWERED = "Not answered yet: replace the ... with your answer and run the cell again."


def _strict_solutions() -> bool:
    """True in the test suite's run of a solution copy (``notebooks/solutions/``, with
    ``COURSE_STRICT_SOLUTIONS=1``): there a worked answer that its checker calls wrong is an
    error, so a solution and its checker can never drift apart unnoticed. Never for learners.
    """
    import os
    from pathlib import Path

    return os.environ.get("COURSE_STRICT_SOLUTIONS") == "1" and Path.cwd().name == "solutions"


def reset_all() -> None:
    """Forget every exercise's wrong tries and every failed cell (a fresh session)."""
    _TRIES.clear()
    _FAILED.clear()
    _SET_THEN_FAILED.clear()
    _LAST.clear()


@dataclass(frozen=True)
class Registered:
    """One exercise factory of the course, as :func:`register` recorded it.

    ``key`` is ``"course.checks.nb01.scoring_table"``; ``notebook`` the notebook the factory
    belongs to, ``"nb01"`` (its module's name); ``factory`` makes the exercise (arguments,
    if any, all have defaults).
    """

    key: str
    notebook: str
    factory: Callable[..., Exercise]

    @property
    def name(self) -> str:
        """The factory's name, as a check cell calls it (``checks.scoring_table()``)."""
        return self.key.rsplit(".", 1)[-1]


def register(factory: Callable[..., Exercise]) -> Callable[..., Exercise]:
    """Decorator for an exercise factory in ``course/checks/nbNN.py``.

    It records the factory and its notebook in :data:`REGISTRY` (the contract test runs over
    every entry) and gives each exercise it makes a session-wide key,
    ``"course.checks.nbNN.function"`` (with the arguments, if any), under which its wrong
    tries are counted.

    >>> @register
    ... def demo() -> Exercise:
    ...     return Exercise("demo", lambda a: None)
    >>> demo().key
    'course.exercises.demo'
    >>> REGISTRY["course.exercises.demo"].notebook
    'exercises'
    >>> del REGISTRY["course.exercises.demo"]
    """
    key = f"{factory.__module__}.{factory.__name__}"

    @functools.wraps(factory)
    def make(*args: Any, **kwargs: Any) -> Exercise:
        ex = factory(*args, **kwargs)
        extra = ",".join([*map(repr, args), *(f"{k}={v!r}" for k, v in kwargs.items())])
        ex.key = f"{key}({extra})" if extra else key
        return ex

    REGISTRY[key] = Registered(key, factory.__module__.rsplit(".", 1)[-1], make)
    return make


@dataclass
class Verdict:
    """What one call of :meth:`Exercise.check` decided (also printed for the learner)."""

    status: str  # "right", "wrong" or "unanswered"
    message: str
    hint: str | None = None
    note: str | None = None  # e.g. how the answer was read ("a one-value Series, read as 0.49")
    printed: bool = field(default=False, repr=False, compare=False)
    #: The hint is the recognised mistake's own (a :class:`Mistake`), not a progressive one.
    own_hint: bool = field(default=False, repr=False, compare=False)

    def __bool__(self) -> bool:
        return self.status == "right"

    def __repr__(self) -> str:  # shows nicely if it is the last line of a cell
        text = self.message + ("\n   " + tr("Hint: {hint}", hint=self.hint) if self.hint else "")
        return text + ("\n   " + tr("Note: {note}", note=self.note) if self.note else "")

    def __str__(self) -> str:
        return self.__repr__()

    def _ipython_display_(self) -> None:
        """check() has already printed the verdict: as the last line of a cell, show it only
        if it was not printed (``quiet=True``), so the learner never sees it twice."""
        if not self.printed:
            print(self)


# ---- answers that are not there ----------------------------------------------------------


@dataclass(frozen=True)
class Missing:
    """Stands for an answer variable a check cell asked for that does not exist (yet);
    ``error`` is the error of the answer cell that should have set it, if it ran."""

    name: str
    error: str | None = None


@dataclass(frozen=True)
class Stale:
    """Stands for an answer variable whose answer cell stopped with an error before the line
    that sets it ran (so the variable still holds an older value)."""

    name: str
    error: str


@dataclass(frozen=True)
class SetThenFailed:
    """An answer variable its answer cell *did* set, before a later line of the same cell
    stopped with an error: ``value`` is what it was set to (and is checked)."""

    name: str
    error: str
    value: Any


def _blanks(answer: Any, depth: int = 0) -> tuple[int, int]:
    """(blanks still ``...``, places in all) in a template answer; (0, 0) if not a template."""
    if depth > 3:
        return 0, 0
    if isinstance(answer, pd.DataFrame):
        blanks = sum(
            sum(v is ... for v in answer[c]) for c in answer.columns if answer[c].dtype == object
        )
        return blanks, answer.size
    if isinstance(answer, pd.Series):
        if answer.dtype != object:
            return 0, 0
        return sum(v is ... for v in answer), len(answer)
    if isinstance(answer, Mapping):
        values = list(answer.values())
    elif isinstance(answer, list | tuple | set | frozenset):
        values = list(answer)
    else:
        return 0, 0
    blanks = places = 0
    for v in values:
        if v is ...:
            blanks, places = blanks + 1, places + 1
            continue
        b, p = _blanks(v, depth + 1)
        blanks, places = blanks + b, places + max(p, 1)
    return blanks, places


def _without(answer: Any, given: Collection[str]) -> Any:
    """``answer`` without the keys and columns a template fills in for the learner (``given``),
    at any depth; a new object (the caller's answer is never changed)."""
    if isinstance(answer, pd.DataFrame):
        return answer.drop(columns=[c for c in answer.columns if c in given])
    if isinstance(answer, Mapping):
        return {k: _without(v, given) for k, v in answer.items() if k not in given}
    if isinstance(answer, list | tuple):
        return [_without(v, given) for v in answer]
    return answer


def _untouched(answer: Any, given: Collection[str] = ()) -> bool:
    """Every blank of a template still holds ``...``: every place of ``answer``, leaving out
    the keys and columns in ``given`` (filled in for the learner, e.g. a done-for-you column
    or the ids of a tree's rows)."""
    blanks, places = _blanks(answer)
    if blanks and blanks == places:
        return True
    if not (blanks and given):
        return False
    blanks, places = _blanks(_without(answer, given))
    return bool(blanks) and blanks == places


def unanswered_message(answer: Any, given: Collection[str] = ()) -> str | None:
    """Why ``answer`` counts as "not answered yet" (None if it is an answer to judge).

    ``...``, ``None``, and any container (dict, list, tuple, Series, DataFrame, nested) whose
    every place still holds ``...`` are not answered; so is a template whose every place
    outside ``given`` (keys or columns filled in for the learner) does. A template partly
    filled in is "not finished yet", with the blanks still open.

    >>> unanswered_message(...)
    'Not answered yet: replace the ... with your answer and run the cell again.'
    >>> unanswered_message({"a": 1, "b": ...})
    "Not finished yet: 1 of 2 blanks still holds ... (still open: 'b'). Fill it in and run the cell again."
    >>> unanswered_message(0) is None
    True
    >>> tree = [{"id": "P", "text": ..., "parent": None}, {"id": "1", "text": ..., "parent": "P"}]
    >>> unanswered_message(tree, given=("id", "parent"))
    'Not answered yet: replace the ... with your answer and run the cell again.'
    """
    if answer is ... or answer is None:
        return tr(NOT_ANSWERED)
    if isinstance(answer, Missing) and answer.error:
        return tr(
            "Not answered yet: the answer cell that sets `{name}` stopped with an "
            "error ({error}) before setting it. Fix that cell - the last line of its "
            "red error says what is wrong - run it again, then run this check again.",
            name=answer.name,
            error=answer.error,
        )
    if isinstance(answer, Missing):
        return tr(
            "Not answered yet: `{name}` does not exist yet - the answer cell above has "
            "not run, or it stopped with an error before setting it. Run the answer cell "
            "(Shift+Enter); if it shows a red error, fix it first (its last line says what is "
            "wrong). Then run this check again.",
            name=answer.name,
        )
    if isinstance(answer, Stale):
        return tr(
            "Not checked: the answer cell that sets `{name}` stopped with an error "
            "({error}) before the line that sets `{name}` ran, so "
            "`{name}` still holds an older value. Fix that cell (read the last line "
            "of its red error), run it again, then run this check again.",
            name=answer.name,
            error=answer.error,
        )
    if _untouched(answer, given):
        return tr(NOT_ANSWERED)
    blanks, places = _blanks(answer)
    if blanks:
        where = ""
        if isinstance(answer, Mapping):
            open_keys = [k for k, v in answer.items() if _blanks(v)[0] or v is ...]
            where = tr(" (still open: {keys})", keys=", ".join(map(repr, open_keys)))
        elif isinstance(answer, pd.DataFrame):
            open_cols = [c for c in answer.columns if any(v is ... for v in answer[c])]
            where = tr(" (in the column(s) {columns})", columns=", ".join(map(repr, open_cols)))
        if blanks == 1:
            return tr(
                "Not finished yet: 1 of {places} blanks still holds ...{where}. Fill it in and "
                "run the cell again.",
                places=places,
                where=where,
            )
        return tr(
            "Not finished yet: {blanks} of {places} blanks still hold ...{where}. Fill in "
            "each one and run the cell again.",
            blanks=blanks,
            places=places,
            where=where,
        )
    return None


def is_unanswered(answer: Any, given: Collection[str] = ()) -> bool:
    """True for ``...``, ``None`` and any container (list, dict, table) holding a ``...``
    (``given``: see :func:`unanswered_message`).

    >>> is_unanswered([..., ...]), is_unanswered(pd.DataFrame({"x": [..., 1]})), is_unanswered(0)
    (True, True, False)
    """
    return unanswered_message(answer, given) is not None


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.02 * abs(b), 1e-9)


def percent_or_share(value: float, right: float, expects: str) -> Mistake | None:
    """The verdict for a percent given where a share is asked for, and the reverse.

    >>> percent_or_share(48.5, 0.485, "share")
    '48.5 looks like a percentage; give it as a share between 0 and 1: 48.5% is 0.485.'
    >>> percent_or_share(0.485, 48.5, "percent")
    '0.485 looks like a share; give it as a percentage: 0.485 is 48.5%.'
    """
    if not right or not math.isfinite(value):
        return None
    if expects in ("share", "number") and _close(value, right * 100) and abs(right) <= 5:
        return Mistake(
            tr(
                "{value:g} looks like a percentage; give it as a share between 0 and 1: "
                "{value:g}% is {share:g}.",
                value=value,
                share=value / 100,
            ),
            hint=tr(
                "Shares run from 0 to 1: divide your percentage by 100 (or leave out the "
                "* 100 in your code)."
            ),
        )
    if expects == "percent" and _close(value * 100, right) and abs(value) <= 5:
        return Mistake(
            tr(
                "{value:g} looks like a share; give it as a percentage: {value:g} is {percent:g}%.",
                value=value,
                percent=value * 100,
            ),
            hint=tr("Multiply your share by 100 to get the percentage."),
        )
    return None


def _is_generic(checker: Checker, answer: Any, said: Any) -> bool:
    """Whether a checker's verdict on a whole table is its generic "Give a number ..." (which
    the kind's advice replaces): read on the checker's English text, whatever the language."""
    if i18n.get_language() != "en":
        try:
            with i18n.language("en"):
                said = checker(answer)
        except Exception:
            return False
    return str(said).startswith(("Give ", "Answer "))


def _capital(text: str | None) -> str | None:
    return text[0].upper() + text[1:] if text else text


def _join(*notes: str | None) -> str | None:
    """Notes joined into one, each starting with a capital (None if there are none)."""
    parts = [_capital(n) for n in notes if n]
    return " ".join(parts) if parts else None


def nan_problem(answer: Any) -> Mistake | None:
    """The verdict for a NaN answer (an empty result), whatever the exercise.

    >>> print(nan_problem(float("nan"))[:40])
    Your answer is NaN ("not a number": an e
    >>> nan_problem(0.5) is None
    True
    """
    if isinstance(answer, pd.Series | pd.DataFrame | np.ndarray) and answer.size == 1:
        answer = np.asarray(answer, dtype=object).ravel()[0]
    if not is_number(answer) or not math.isnan(float(answer)):
        return None
    return Mistake(
        tr(
            'Your answer is NaN ("not a number": an empty result). No rows matched your filter, '
            "so there was nothing to count or average. Check the value you filter on and its "
            'type: the text "3.0" (in quotes) is not the number 3.0.'
        ),
        hint=tr(
            "Look at the values the column really holds, e.g. table['column'].unique(), and "
            "copy one exactly into your filter - with quotes if they are shown in quotes."
        ),
    )


def name_problem(answer: Any, column: str | None = None) -> Mistake | None:
    """The verdict for a row number or a whole table where one name is the answer.

    >>> print(name_problem(4, "step"))
    4 is a number, but the answer is a name in quotes. If 4 came from .idxmax() or .idxmin() on a table whose rows are numbered 0, 1, 2 ..., it is a row number: read the name in that row with table.loc[4, 'step'].
    >>> name_problem("return") is None
    True
    """
    col = repr(column) if column else tr("'the column with the names'")
    if isinstance(answer, numbers.Integral) and not isinstance(answer, bool | np.bool_):
        return Mistake(
            tr(
                "{answer} is a number, but the answer is a name in quotes. If {answer} came "
                "from .idxmax() or .idxmin() on a table whose rows are numbered 0, 1, 2 ..., it "
                "is a row number: read the name in that row with table.loc[{answer}, {col}].",
                answer=answer,
                col=col,
            ),
            hint=tr(
                "table.loc[table['your column'].idxmax(), {col}] gives the name of the "
                "row with the largest value (.idxmin() for the smallest).",
                col=col,
            ),
        )
    if isinstance(answer, pd.DataFrame) and len(answer) == 1 and answer.size > 1:
        return Mistake(
            tr(
                "Your answer is one row of a table ({columns}); the "
                "answer is the name in one of its columns. Take that column and the one value in "
                "it: table.loc[your_condition, {col}].item().",
                columns=count_of(answer.shape[1], "column"),
                col=col,
            ),
            hint=tr(
                "Add the column to your filter: table.loc[your_condition, {col}] gives a "
                "one-value column; .item() takes the name out of it.",
                col=col,
            ),
        )
    if isinstance(answer, pd.Series | pd.DataFrame) and answer.size > 1:
        return Mistake(
            tr(
                "Your answer is {what}; the answer is one name. To get the name of "
                "the row with the largest value of a column, use .idxmax() on that column "
                "(.idxmin() for the smallest): rates.idxmin() if the names are the index, or "
                "table.loc[table['your column'].idxmin(), {col}] if they are in a column.",
                what=describe(answer),
                col=col,
            ),
            hint=tr(
                "Pick the one column you compare (e.g. table['drop_off']), then call "
                ".idxmax() or .idxmin() on it."
            ),
        )
    return None


# ---- the exercise ------------------------------------------------------------------------


def _unwrap_set_then_failed(answer: Any) -> tuple[Any, str | None]:
    """(the answer to check, a note) for an answer cell that set the answer, then stopped
    with an error on a later line (:class:`SetThenFailed`); any other answer as it is."""
    if not isinstance(answer, SetThenFailed):
        return answer, None
    return answer.value, tr(
        "your answer cell set `{name}`, then a later line of it stopped with an "
        "error ({error}); the `{name}` it set was checked. Fix that line "
        "too (the last line of its red error says what is wrong).",
        name=answer.name,
        error=answer.error,
    )


@dataclass
class Exercise:
    """One exercise with a checker and hints that get more specific with each wrong try.

    The one exercise class of the course: every checker in ``course/checks`` makes one.
    ``name`` is what the learner reads in front of each verdict ("[Exercise 2] ..."; see
    :attr:`display_name`). ``...``, ``None`` and any container whose blanks all still hold
    ``...`` are "not answered yet" (:func:`unanswered_message`); ``given`` names the keys or
    columns a template fills in for the learner (a done-for-you column, the ids of a tree's
    rows), which do not count as the learner's answer.

    ``expects`` names the kind of answer when it is a number: ``"number"``, ``"share"``
    (0-1) or ``"percent"``; such answers are read by :func:`read_number` before the checker
    sees them, so the checker gets a plain ``float``. Unless it is ``"table"``, a one-value
    table holding a name, a month or True/False is read as that value, with a note.
    ``solution`` is the right answer (computed from the data): it lets the machinery spot a
    percent given for a share, and lets the tests try the right answer in every accepted
    form. Where ``solution`` is a name (text), a row number or a whole table gets its own
    verdict (:func:`name_problem`); a NaN answer always does (:func:`nan_problem`).

    A checker may return a :class:`Mistake` (a verdict with its own hint) for a mistake it
    recognises; the progressive ``hints`` are for the wrong answers it does not.
    ``right_note`` may add a note to a right answer's verdict (advice for the next step).

    >>> ex = Exercise("Exercise 1", lambda a: None, given=("done",))
    >>> ex.check({"mine": ..., "done": 1}, quiet=True).status
    'unanswered'
    >>> ex.display_name
    'Exercise 1'
    """

    name: str
    checker: Checker
    hints: Sequence[str] = field(default_factory=list)
    success: str = DEFAULT_SUCCESS
    expects: str | None = None
    solution: Any = None
    key: str = ""
    #: Decimals to which the notebook's prose rounds the answer (0.22 for 0.219 when it says
    #: 22%): the solution rounded so passes too. None: only the checker's tolerance.
    rounded: int | None = None
    #: Where a name is the answer: the column holding the names (for "4 is a row number:
    #: use table.loc[4, 'step']").
    name_column: str | None = None
    #: Keys or columns of the answer's template filled in for the learner: a template whose
    #: every other place still holds ``...`` is not answered yet.
    given: Collection[str] = ()
    #: answer -> a note added to the verdict on a right answer (None: no note).
    right_note: Callable[[Any], str | None] | None = None

    def __post_init__(self) -> None:
        self.key = self.key or self.name

    @property
    def display_name(self) -> str:
        """The exercise's name as the learner reads it ("Exercise 2" is "연습 2" in Korean)."""
        return translate_text(self.name)

    @property
    def tries(self) -> int:
        """Wrong tries so far in this session (shared by every checker with this key)."""
        return _TRIES.get(self.key, 0)

    @tries.setter
    def tries(self, value: int) -> None:
        _TRIES[self.key] = value

    def check(self, answer: Any, *, quiet: bool = False) -> Verdict:
        """Check ``answer``, print the verdict, and return it."""
        verdict = self._judge(answer)
        if verdict.status == "wrong" and _strict_solutions():
            raise AssertionError(
                f"{self.name}: the worked solution fails its own checker: {verdict.message}"
            )
        if not quiet:
            print(verdict)
            verdict.printed = True
        return verdict

    def _judge(self, answer: Any) -> Verdict:
        """The verdict on ``answer``: unanswered, read, checked, then right or wrong."""
        answer, later = _unwrap_set_then_failed(answer)
        why = unanswered_message(answer, self.given)
        if why:
            return Verdict("unanswered", f"[{self.display_name}] {why}", note=_capital(later))
        if self.expects in NUMBER_KINDS:
            read, note, problem = self._read_number(answer)
        else:
            read, note, problem = self._read_value(answer)
        if problem is None and not self._is_rounded_solution(read):
            problem = self._run_checker(read)
        note = _join(note, later)
        if problem is None:
            return Verdict("right", self._correct(), note=self._with_right_note(note, answer))
        return self._wrong(problem, note)

    def _read_number(self, answer: Any) -> tuple[Any, str | None, str | None]:
        """(the number read, how it was read, the problem it has) for a number answer."""
        value, said = read_number(answer, expects=self.expects or "number")
        if value is None:
            return answer, None, self._unreadable_number(answer, said)
        problem = nan_problem(value)
        if problem is None and not self._is_rounded_solution(value) and is_number(self.solution):
            problem = percent_or_share(value, float(self.solution), self.expects or "number")
        return value, said, problem

    def _unreadable_number(self, answer: Any, said: str | None) -> str | None:
        """Why an answer that is no number is wrong: the checker's own verdict if it knows
        what this is ("that is the users table"), else what :func:`read_number` said. For a
        whole table the kind's advice (pick a cell, sum, count) beats the checker's generic
        "Give a number ..."."""
        if isinstance(answer, list | tuple) and len(answer) == 1:
            return said
        try:
            specific = self.checker(answer)
        except Exception:
            specific = None
        table = isinstance(answer, pd.Series | pd.DataFrame | np.ndarray)
        generic = _is_generic(self.checker, answer, specific)
        if specific and not (table and generic):
            return specific
        return said

    def _read_value(self, answer: Any) -> tuple[Any, str | None, str | None]:
        """(the answer read, how it was read, a problem of its kind) for any other answer: a
        one-value table read as its value, a row number where a name is asked, NaN."""
        note = problem = None
        if self.expects != "table":
            answer, note = read_one_value(answer)
            if isinstance(answer, dict):
                answer, note = read_dict_entries(answer)
            if isinstance(self.solution, str):
                problem = name_problem(answer, self.name_column)
        return answer, note, problem or nan_problem(answer)

    def _run_checker(self, answer: Any) -> str | None:
        """The checker's verdict; an answer it cannot read says so, never a traceback."""
        try:
            return self.checker(answer)
        except Exception as exc:  # a learner's odd answer must never become a traceback
            return tr(
                "This answer could not be checked ({kind}: {error}).",
                kind=type(exc).__name__,
                error=exc,
            )

    def _with_right_note(self, note: str | None, answer: Any) -> str | None:
        """``note`` with the exercise's :attr:`right_note` on ``answer`` added, if any."""
        extra = self.right_note(answer) if self.right_note else None
        return " ".join(n for n in (note, extra) if n) if extra else note

    def _wrong(self, problem: str, note: str | None) -> Verdict:
        """The verdict on a wrong answer: one more try counted, and the hint for it (the
        mistake's own hint, or - for a mistake made again - the next progressive one)."""
        self.tries += 1
        repeated = _LAST.get(self.key) == str(problem)
        _LAST[self.key] = str(problem)
        own = isinstance(problem, Mistake) and problem.hint is not None and not repeated
        if own:
            hint = problem.hint or None
        else:
            hint = self.hints[min(self.tries, len(self.hints)) - 1] if self.hints else None
        message = tr("[{name}] Not yet: {problem}", name=self.display_name, problem=problem)
        verdict = Verdict("wrong", message, hint, note=note)
        verdict.own_hint = own
        return verdict

    def _correct(self) -> str:
        """The verdict on a right answer: "[name] Correct! " and the success text."""
        success = tr(DEFAULT_SUCCESS) if self.success == DEFAULT_SUCCESS else self.success
        return tr("[{name}] Correct! {success}", name=self.display_name, success=success)

    def _is_rounded_solution(self, value: float) -> bool:
        """``value`` is the solution rounded as the notebook's prose rounds it (``rounded``
        decimals, e.g. 0.22 for 0.219 when the prose says 22%)."""
        if self.expects not in NUMBER_KINDS or self.rounded is None:
            return False
        if not (is_number(self.solution) and is_number(value)):
            return False
        return math.isclose(value, round(float(self.solution), self.rounded), abs_tol=1e-12)

    def reset(self) -> None:
        """Start the hints again from the gentlest one."""
        self.tries = 0
        _LAST.pop(self.key, None)


# ---- notebook support: answers that failed or never ran ------------------------------------


def answer_in_cell(receiver: Any, name: str, get: Callable[[], Any]) -> Any:
    """The value of answer variable ``name`` for ``receiver.check(name)`` in a notebook cell.

    Called by the cell rewrite :func:`install_notebook_support` puts in place. For an
    :class:`Exercise` it returns :class:`Missing` if the variable does not exist,
    :class:`Stale` if the cell that sets it last stopped with an error before setting it, and
    :class:`SetThenFailed` if that cell set it and a later line failed; for anything else it
    just evaluates the name (so other ``.check(x)`` calls are untouched).
    """
    if not isinstance(receiver, Exercise):
        return get()
    try:
        value = get()
    except NameError:
        return Missing(name, _FAILED.get(name))
    if name in _FAILED:
        return Stale(name, _FAILED[name])
    if name in _SET_THEN_FAILED:
        return SetThenFailed(name, _SET_THEN_FAILED[name], value)
    return value


class _CheckCallRewriter(ast.NodeTransformer):
    """``ex.check(answer)`` -> ``ex.check(answer_in_cell(ex, "answer", lambda: answer))``."""

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        func = node.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr == "check"
            and isinstance(func.value, ast.Name)
            and len(node.args) == 1
            and isinstance(node.args[0], ast.Name)
        ):
            arg = node.args[0]
            helper = ast.parse(
                f"__import__('course.exercises', fromlist=['answer_in_cell']).answer_in_cell("
                f"{func.value.id}, {arg.id!r}, lambda: {arg.id})",
                mode="eval",
            ).body
            node.args[0] = ast.copy_location(helper, arg)
            ast.fix_missing_locations(node)
        return node


def _assigned_names(code: str) -> set[str]:
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return set()
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names


def explain_error(error: BaseException, namespace: Mapping[str, Any] | None = None) -> str:
    """An answer cell's error in one line, with what to do for the usual beginner's kinds.

    * ``KeyError: '3'`` - a number written in quotes where the table's labels are numbers
      (a cohort table's months since sign-up);
    * ``TypeError: ... unexpected keyword argument 'x'`` - a misspelt argument: the closest
      name the function (looked up in ``namespace``) takes.

    >>> explain_error(KeyError("3"))
    "KeyError: '3' - this table's labels are numbers (0, 1, 2 ...), not text: write 3 without quotes"
    """
    text = f"{type(error).__name__}: {error}"
    if len(text) > 300:  # cut at a word, never mid-word
        text = text[:300].rsplit(" ", 1)[0] + " ..."
    if isinstance(error, KeyError) and error.args and isinstance(error.args[0], str):
        key = error.args[0].strip()
        if key.lstrip("-").isdigit():
            return tr(
                "{error} - this table's labels are numbers (0, 1, 2 ...), not text: "
                "write {key} without quotes",
                error=text,
                key=key,
            )
        home = _value_home(error.args[0], namespace or {})
        if home:
            table, col = home
            return tr(
                "{error} - {value} is a value in the {col} column of `{table}`, "
                "not a column: `{table}[{value}]` looks for a column of that name. "
                "Count it with {table}[{col}].value_counts()[{value}], or keep its "
                "rows with {table}[{table}[{col}] == {value}]",
                error=text,
                value=repr(error.args[0]),
                col=repr(col),
                table=table,
            )
    if isinstance(error, TypeError):
        found = re.search(r"([\w.]+)\(\) got an unexpected keyword argument '(\w+)'", str(error))
        if found:
            first = found.group(1).split(".")[0]
            namespace = namespace or {}
            owner = namespace.get(first) or next(  # also report.CapstonePlan(...)
                (
                    getattr(m, first)
                    for m in list(namespace.values())
                    if isinstance(m, types.ModuleType) and hasattr(m, first)
                ),
                None,
            )
            try:
                params = list(inspect.signature(owner).parameters) if owner else []
            except (TypeError, ValueError):
                params = []
            close = difflib.get_close_matches(found.group(2), params, n=1, cutoff=0.5)
            if close:
                return tr("{error} - did you mean {name}?", error=text, name=repr(close[0]))
            if params:
                return tr("{error} - it takes: {names}", error=text, names=", ".join(params))
    return text


def _value_home(key: str, namespace: Mapping[str, Any]) -> tuple[str, str] | None:
    """(table name, column) of a learner's table in ``namespace`` that holds ``key`` as a
    *value* of a text column (not as a column name); None if none does.

    >>> _value_home("reservation", {"events": pd.DataFrame({"event": ["reservation"]})})
    ('events', 'event')
    >>> _value_home("event", {"events": pd.DataFrame({"event": ["reservation"]})}) is None
    True
    """
    for name, table in list(namespace.items()):
        if name.startswith("_") or not isinstance(table, pd.DataFrame):
            continue
        if key in table.columns:
            continue
        for col in table.columns:
            values = table[col]
            try:
                if isinstance(values.dtype, pd.CategoricalDtype):
                    found = key in values.cat.categories
                elif values.dtype == object or pd.api.types.is_string_dtype(values.dtype):
                    found = bool((values == key).any())
                else:
                    continue
            except (TypeError, ValueError):
                continue
            if found:
                return str(name), str(col)
    return None


def _before_cell(info: Any, namespace: Mapping[str, Any]) -> None:
    """Remember which object each name the cell assigns holds before it runs."""
    _BEFORE.clear()
    for name in _assigned_names(getattr(info, "raw_cell", "") or ""):
        _BEFORE[name] = id(namespace[name]) if name in namespace else None


def _after_cell(result: Any, namespace: Mapping[str, Any] | None = None) -> None:
    error = result.error_in_exec or result.error_before_exec
    code = getattr(result.info, "raw_cell", "") or ""
    names = _assigned_names(code)
    if error is None:
        for name in names:
            _FAILED.pop(name, None)
            _SET_THEN_FAILED.pop(name, None)
        return
    namespace = namespace if namespace is not None else {}
    text = explain_error(error, namespace)
    for name in names:
        was = _BEFORE.get(name, None)
        set_here = name in namespace and (name not in _BEFORE or id(namespace[name]) != was)
        if set_here:  # the line setting it ran; a later line failed
            _SET_THEN_FAILED[name] = text
            _FAILED.pop(name, None)
        else:
            _FAILED[name] = text
            _SET_THEN_FAILED.pop(name, None)


def install_notebook_support(shell: Any = None) -> bool:
    """In IPython/Jupyter, make check cells speak for answer cells that failed or never ran.

    Each cell's ``ex.check(answer)`` is rewritten (invisibly) so that a missing ``answer``
    gives "not answered yet: run the answer cell" instead of a ``NameError``, and an answer
    cell that stopped with an error gives "fix that cell first" instead of a verdict on an
    old value. Numpy numbers shown as a cell's result (alone or in a dict or list) show as
    plain numbers, ``0.355``, not ``np.float64(0.355)``, and texts in tables (needs, calendar
    descriptions) show in full instead of cut with "...". Done once per kernel, on import of this module; returns whether a shell was
    found. Outside IPython it does nothing.
    """
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:  # pragma: no cover - IPython comes with Jupyter
            return False
        shell = get_ipython()
    if shell is None:
        return False
    if not any(isinstance(t, _CheckCallRewriter) for t in shell.ast_transformers):
        shell.ast_transformers.append(_CheckCallRewriter())
        ns = shell.user_ns
        shell.events.register("pre_run_cell", lambda info: _before_cell(info, ns))
        shell.events.register("post_run_cell", lambda result: _after_cell(result, ns))
    plain = shell.display_formatter.formatters["text/plain"]
    for kind in _NUMPY_NUMBERS:  # each has its own __repr__, so register each one
        plain.for_type(kind, _plain_number)
    pd.set_option("display.max_colwidth", None)  # texts in tables in full, never cut "..."
    return True


_NUMPY_NUMBERS = (
    *(np.float16, np.float32, np.float64, np.longdouble),
    *(np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64),
    np.bool_,
)


def _plain_number(value: Any, printer: Any, cycle: bool) -> None:
    """Show a numpy number as the plain number it is: 0.355, not ``np.float64(0.355)``."""
    printer.text(repr(value.item()))


install_notebook_support()


# ---- small building blocks for checkers -------------------------------------------------


def expect_choice(right: str, wrong: dict[str, str] | None = None, *, options: Sequence[str] = ()):
    """A checker for a pick-one answer (case and surrounding spaces ignored).

    ``wrong`` maps typical wrong choices to what is wrong with each.

    >>> c = expect_choice("returns", {"revenue": "Revenue lags."}, options=["returns", "revenue"])
    >>> c("Returns") is None, c("revenue")
    (True, 'Revenue lags.')
    """
    wrong = {k.strip().lower(): v for k, v in (wrong or {}).items()}
    opts = [o.strip().lower() for o in options]

    def check(answer: Any) -> str | None:
        if not isinstance(answer, str):
            return (
                tr(
                    "Answer with one of the names in quotes, e.g. {example}.",
                    example=repr(options[0]),
                )
                if options
                else tr("Answer with a string in quotes.")
            )
        a = answer.strip().lower()
        if a == right.strip().lower():
            return None
        if opts and a not in opts:
            return tr(
                "{answer} is not one of the options: {options}.",
                answer=repr(answer),
                options=", ".join(options),
            )
        if a in wrong:
            return wrong[a]
        return tr("{answer} is not the best answer.", answer=repr(answer))

    return check


def expect_number(right: float, *, tol: float = 0.01, relative: bool = True, what: str = "value"):
    """A checker for a number, within ``tol`` (relative by default).

    It reads the answer like :func:`read_number` (a one-value Series, a number in quotes) and
    spots a percent given for a share and the reverse.

    >>> expect_number(0.25, tol=0.01)(0.2501) is None
    True
    >>> expect_number(0.25)(25)
    '25 looks like a percentage; give it as a share between 0 and 1: 25% is 0.25.'
    """

    def check(answer: Any) -> str | None:
        value, said = read_number(answer)
        if value is None:
            return tr(
                "The {what} should be a number: {said}",
                what=in_language(what),
                said=f"{said[0].lower()}{said[1:]}",
            )
        if value != value:
            return tr(
                "The {what} is NaN - did a division or a filter leave nothing?",
                what=in_language(what),
            )
        ok = abs(value - right) <= (tol * abs(right) if relative else tol)
        if ok:
            return None
        mixed = percent_or_share(value, right, "share" if abs(right) <= 5 else "percent")
        if mixed:
            return mixed
        if value > right:
            return tr("{value:g} is too high.", value=value)
        return tr("{value:g} is too low.", value=value)

    return check


def empty_list_problem(what: str = "items", threshold: float | None = None) -> str:
    """The verdict for an empty list where some names were expected (a filter kept nothing).

    ``threshold`` is the exercise's cut-off as a share (0.10 for "more than 10%"): the verdict
    then names it, in both forms, as the learner would have typed it.

    >>> empty_list_problem("metrics")[:24]
    'Your list of metrics is '
    >>> empty_list_problem("metrics", 0.10).split(": ")[-1]
    '10% is 0.1, not 10.'
    """
    if threshold is None:
        return tr(
            "Your list of {what} is empty: your filter kept nothing. If you compared with a "
            "percent (20), note that pct_change() and shares are fractions: 20% is 0.20.",
            what=in_language(what),
        )
    pct = f"{threshold * 100:g}"
    return tr(
        "Your list of {what} is empty: your filter kept nothing. If you compared with a "
        "percent ({pct}), note that pct_change() and shares are fractions: "
        "{pct}% is {threshold:g}, not {pct}.",
        what=in_language(what),
        pct=pct,
        threshold=threshold,
    )


def expect_set(right: set, *, what: str = "items"):
    """A checker for an unordered collection of names (case ignored)."""
    right_l = {str(x).strip().lower() for x in right}

    def check(answer: Any) -> str | None:
        if isinstance(answer, str) or not hasattr(answer, "__iter__"):
            return tr("Give a list of {what}, e.g. ['a', 'b'].", what=in_language(what))
        got = {str(x).strip().lower() for x in answer}
        if not got:
            return empty_list_problem(what)
        missing, extra = right_l - got, got - right_l
        if not missing and not extra:
            return None
        if extra and missing:
            return tr(
                "{extra} of your {what} should not be there and {missing} {what} are missing.",
                extra=len(extra),
                missing=len(missing),
                what=in_language(what),
            )
        if extra:
            return tr(
                "{extra} of your {what} should not be there.",
                extra=len(extra),
                what=in_language(what),
            )
        return tr("{missing} {what} are missing.", missing=len(missing), what=in_language(what))

    return check
