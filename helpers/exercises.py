"""Instant feedback for the exercises.

Every exercise in the course is an :class:`Exercise`. The learner writes an answer and
calls ``ex.check(answer)``; they get a clear verdict at once:

* ``...`` (the placeholder) or ``None``  -> "not answered yet", never an error;
* a right answer                         -> a short confirmation of *why* it is right;
* a wrong answer                         -> what is wrong with it, and a hint that gets more
  specific on each wrong try;
* an answer the checker cannot even read -> the same friendly message, never a traceback.

A checker is a plain function ``answer -> str | None``: ``None`` means right, a string says
what is wrong with this answer ("that is the lagging metric"). Hints are a list from gentle
to nearly-the-answer.

>>> ex = Exercise("demo", lambda a: None if a == 4 else "Count again.", hints=["2 + 2"])
>>> ex.check(..., quiet=True).status
'unanswered'
>>> ex.check(5, quiet=True).status
'wrong'
>>> ex.check(4, quiet=True).status
'right'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

Checker = Callable[[Any], "str | None"]


@dataclass
class Verdict:
    """What one call of :meth:`Exercise.check` decided (also printed for the learner)."""

    status: str  # "right", "wrong" or "unanswered"
    message: str
    hint: str | None = None
    printed: bool = field(default=False, repr=False, compare=False)

    def __bool__(self) -> bool:
        return self.status == "right"

    def __repr__(self) -> str:  # shows nicely if it is the last line of a cell
        return self.message + (f"\n   Hint: {self.hint}" if self.hint else "")

    def __str__(self) -> str:
        return self.__repr__()

    def _ipython_display_(self) -> None:
        """check() has already printed the verdict: as the last line of a cell, show it only
        if it was not printed (``quiet=True``), so the learner never sees it twice."""
        if not self.printed:
            print(self)


@dataclass
class Exercise:
    """One exercise with a checker and hints that get more specific with each wrong try."""

    name: str
    checker: Checker
    hints: Sequence[str] = field(default_factory=list)
    success: str = "That's it."
    tries: int = 0

    def check(self, answer: Any, *, quiet: bool = False) -> Verdict:
        """Check ``answer``, print the verdict, and return it."""
        verdict = self._judge(answer)
        if not quiet:
            print(verdict)
            verdict.printed = True
        return verdict

    def _judge(self, answer: Any) -> Verdict:
        if answer is ... or answer is None:
            return Verdict(
                "unanswered",
                f"[{self.name}] Not answered yet: replace the ... with your answer and "
                "run the cell again.",
            )
        try:
            problem = self.checker(answer)
        except Exception as exc:  # a learner's odd answer must never become a traceback
            problem = f"This answer could not be checked ({type(exc).__name__}: {exc})."
        if problem is None:
            return Verdict("right", f"[{self.name}] Correct! {self.success}")
        self.tries += 1
        hint = self.hints[min(self.tries, len(self.hints)) - 1] if self.hints else None
        return Verdict("wrong", f"[{self.name}] Not yet: {problem}", hint)

    def reset(self) -> None:
        """Start the hints again from the gentlest one."""
        self.tries = 0


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
                f"Answer with one of the names in quotes, e.g. {options[0]!r}."
                if options
                else ("Answer with a string in quotes.")
            )
        a = answer.strip().lower()
        if a == right.strip().lower():
            return None
        if opts and a not in opts:
            return f"{answer!r} is not one of the options: {', '.join(options)}."
        return wrong.get(a, f"{answer!r} is not the best answer.")

    return check


def expect_number(right: float, *, tol: float = 0.01, relative: bool = True, what: str = "value"):
    """A checker for a number, within ``tol`` (relative by default).

    >>> expect_number(0.25, tol=0.01)(0.2501) is None
    True
    """

    def check(answer: Any) -> str | None:
        try:
            value = float(answer)
        except (TypeError, ValueError):
            return f"The {what} should be a number, got {type(answer).__name__}."
        if value != value:
            return f"The {what} is NaN - did a division or a filter leave nothing?"
        ok = abs(value - right) <= (tol * abs(right) if relative else tol)
        if ok:
            return None
        if right and abs(value - right * 100) <= abs(right * 100) * tol:
            return f"The {what} looks like a percentage; give it as a share (0-1)."
        if right and abs(value * 100 - right) <= abs(right) * tol:
            return f"The {what} looks like a share; give it in percent."
        return f"{value:g} is {'too high' if value > right else 'too low'}."

    return check


def expect_set(right: set, *, what: str = "items"):
    """A checker for an unordered collection of names (case ignored)."""
    right_l = {str(x).strip().lower() for x in right}

    def check(answer: Any) -> str | None:
        if isinstance(answer, str) or not hasattr(answer, "__iter__"):
            return f"Give a list of {what}, e.g. ['a', 'b']."
        got = {str(x).strip().lower() for x in answer}
        missing, extra = right_l - got, got - right_l
        if not missing and not extra:
            return None
        parts = []
        if extra:
            parts.append(f"{len(extra)} of your {what} should not be there")
        if missing:
            parts.append(f"{len(missing)} {what} are missing")
        return " and ".join(parts) + "."

    return check
