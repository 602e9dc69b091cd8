"""Checkers for notebook 00 (welcome): first looks at Bomcar's synthetic data.

Every right answer is computed from the committed data, never typed in.

>>> ex = n_users()
>>> ex.check(..., quiet=True).status
'unanswered'
"""

from __future__ import annotations

import functools
import numbers
import re
from typing import Any

import pandas as pd

from course import data
from course.answers import is_number
from course.exercises import Exercise, expect_number, register
from helpers.i18n import tr


@functools.cache
def _facts() -> dict[str, Any]:
    users = data.load_users()
    all_users = data.load_users(include_test=True)
    events = data.load_events()
    rides = data.load_rides()
    signups = users["signup_at"].dt.to_period("M").value_counts().sort_index()
    riders = events.loc[events["event"] == "return", "user_id"].nunique()
    return {
        "users": len(users),
        "with_test": len(all_users),
        "events": len(events),
        "rides": len(rides),
        "riders": int(riders),
        "signups": signups,
        "peak": signups.idxmax(),
    }


@register
def n_users() -> Exercise:
    """Exercise 1: how many users does Bomcar have (test accounts left out)?"""
    f = _facts()

    def check(answer: Any) -> str | None:
        if isinstance(answer, pd.DataFrame | pd.Series):
            return tr("That is a whole table. Give one number: the count of rows, e.g. len(users).")
        if not is_number(answer):
            return tr("Give one number, e.g. 1234 (you gave a {kind}).", kind=type(answer).__name__)
        value = float(answer)
        if value == f["users"]:
            return None
        if value == f["with_test"]:
            return tr(
                "{with_test:,} includes Bomcar's {test} internal "
                "test accounts. data.load_users() leaves them out: use that table.",
                with_test=f["with_test"],
                test=f["with_test"] - f["users"],
            )
        if value == f["events"]:
            return tr("That is the number of rows in `events`: one user has many events.")
        if value == f["rides"]:
            return tr("That is the number of completed rides, not of users.")
        if value == f["riders"]:
            return tr("That counts only users who completed a ride. The question is all users.")
        if value > f["users"]:
            return tr("{value:,.0f} is too high.", value=value)
        return tr("{value:,.0f} is too low.", value=value)

    return Exercise(
        tr("Exercise 1: users"),
        check,
        expects="number",
        solution=f["users"],
        hints=[
            tr("Each row of the `users` table is one user."),
            tr("len(users) counts the rows of the users table."),
        ],
        success=tr(
            "Bomcar has {users:,} users (internal test accounts left out).", users=f["users"]
        ),
    )


def _to_month(answer: Any) -> pd.Period:
    if isinstance(answer, pd.Period):
        return answer.asfreq("M")
    if isinstance(answer, pd.Timestamp):
        return answer.to_period("M")
    if isinstance(answer, str):
        text = answer.strip()
        if re.fullmatch(r"\d{4}-\d{1,2}", text):
            year, month = text.split("-")
            return pd.Period(year=int(year), month=int(month), freq="M")
        stamp = pd.Timestamp(text) if text else pd.NaT  # "September 2024", "2024-09-01", ...
        if stamp is pd.NaT:
            raise TypeError("not a month")
        return stamp.to_period("M")
    raise TypeError("not a month")


@register
def peak_signup_month() -> Exercise:
    """Exercise 2: in which month did the most users sign up?"""
    f = _facts()
    signups: pd.Series = f["signups"]
    peak: pd.Period = f["peak"]
    ordinary = int(signups.drop(peak).median())

    def check(answer: Any) -> str | None:
        if isinstance(answer, pd.Series | pd.DataFrame):
            return tr("That is the whole table of counts. Give just the month, e.g. '2024-03'.")
        if isinstance(answer, numbers.Real) and int(answer) == int(signups.max()):
            return tr(
                "{count:,} is the largest *count* of sign-ups. The question asks for "
                "the month it belongs to: add .idxmax() instead of .max().",
                count=int(answer),
            )
        try:
            month = _to_month(answer)
        except (TypeError, ValueError):
            return tr("Give the month as text in quotes, e.g. '2024-03'.")
        if month == peak:
            return None
        if month not in signups.index:
            return tr("{month} is outside the data (January 2024 to June 2025).", month=month)
        n = int(signups[month])
        if month == signups.index.max():
            return tr(
                "{n:,} users signed up in {month}. One month has far more: look for the "
                "largest count, not the latest month.",
                n=n,
                month=month,
            )
        return tr(
            "{n:,} users signed up in {month}. One month has far more: look for the largest count.",
            n=n,
            month=month,
        )

    return Exercise(
        tr("Exercise 2: peak sign-up month"),
        check,
        solution=peak,
        hints=[
            tr("Count sign-ups per month: users['signup_at'].dt.to_period('M').value_counts()"),
            tr("Add .idxmax() to that count to get the month with the largest value."),
        ],
        success=tr(
            "{n:,} users signed up in {peak}; a usual month has about "
            "{ordinary:,}. Why? Notebook 01 finds out.",
            n=int(signups[peak]),
            peak=peak,
            ordinary=ordinary,
        ),
    )


@register
def share_riders() -> Exercise:
    """Exercise 3: what share of users completed at least one ride?"""
    f = _facts()
    right = f["riders"] / f["users"]
    base = expect_number(right, tol=0.005, relative=False, what="share of riders")

    def check(answer: Any) -> str | None:
        if isinstance(answer, pd.Series | pd.DataFrame):
            return tr("Give one number between 0 and 1, not a table.")
        if not is_number(answer):
            return tr(
                "Give one number between 0 and 1 (you gave a {kind}).",
                kind=type(answer).__name__,
            )
        value = float(answer)
        if abs(value - f["riders"]) < 1:
            return tr("That is the number of riders. Divide it by the number of users.")
        if abs(value - f["rides"] / f["users"]) < 0.005:
            return tr(
                "That is completed rides per user: users who ride twice count twice. "
                "Count each rider once (nunique)."
            )
        if abs(value - f["riders"] / f["with_test"]) < 0.0005 and f["with_test"] != f["users"]:
            return tr("Divide by the users without test accounts (the `users` table).")
        return base(value)

    return Exercise(
        tr("Exercise 3: share of riders"),
        check,
        expects="share",
        solution=right,
        hints=[
            tr("A completed ride is a 'return' event. Which users have one?"),
            tr(
                "events.loc[events['event'] == 'return', 'user_id'].nunique() counts the "
                "riders; divide by len(users)."
            ),
        ],
        success=tr(
            "{share:.0%} of users have completed a ride: {never:.0%} never got the thing "
            "Bomcar sells. Keep that in mind for notebook 01.",
            share=right,
            never=1 - right,
        ),
    )
