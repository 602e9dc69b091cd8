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

from helpers import data
from helpers.exercises import Exercise, expect_number, register


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


def _is_number(answer: Any) -> bool:
    return isinstance(answer, numbers.Real) and not isinstance(answer, bool)


@register
def n_users() -> Exercise:
    """Exercise 1: how many users does Bomcar have (test accounts left out)?"""
    f = _facts()

    def check(answer: Any) -> str | None:
        if isinstance(answer, pd.DataFrame | pd.Series):
            return "That is a whole table. Give one number: the count of rows, e.g. len(users)."
        if not _is_number(answer):
            return f"Give one number, e.g. 1234 (you gave a {type(answer).__name__})."
        value = float(answer)
        if value == f["users"]:
            return None
        if value == f["with_test"]:
            return (
                f"{f['with_test']:,} includes Bomcar's {f['with_test'] - f['users']} internal "
                "test accounts. data.load_users() leaves them out: use that table."
            )
        if value == f["events"]:
            return "That is the number of rows in `events`: one user has many events."
        if value == f["rides"]:
            return "That is the number of completed rides, not of users."
        if value == f["riders"]:
            return "That counts only users who completed a ride. The question is all users."
        return f"{value:,.0f} is {'too high' if value > f['users'] else 'too low'}."

    return Exercise(
        "Exercise 1: users",
        check,
        expects="number",
        solution=f["users"],
        hints=[
            "Each row of the `users` table is one user.",
            "len(users) counts the rows of the users table.",
        ],
        success=f"Bomcar has {f['users']:,} users (internal test accounts left out).",
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
            return "That is the whole table of counts. Give just the month, e.g. '2024-03'."
        if isinstance(answer, numbers.Real) and int(answer) == int(signups.max()):
            return (
                f"{int(answer):,} is the largest *count* of sign-ups. The question asks for "
                "the month it belongs to: add .idxmax() instead of .max()."
            )
        try:
            month = _to_month(answer)
        except (TypeError, ValueError):
            return "Give the month as text in quotes, e.g. '2024-03'."
        if month == peak:
            return None
        if month not in signups.index:
            return f"{month} is outside the data (January 2024 to June 2025)."
        n = int(signups[month])
        latest = "" if month != signups.index.max() else ", not the latest month"
        return (
            f"{n:,} users signed up in {month}. One month has far more: look for the "
            f"largest count{latest}."
        )

    return Exercise(
        "Exercise 2: peak sign-up month",
        check,
        solution=peak,
        hints=[
            "Count sign-ups per month: users['signup_at'].dt.to_period('M').value_counts()",
            "Add .idxmax() to that count to get the month with the largest value.",
        ],
        success=(
            f"{int(signups[peak]):,} users signed up in {peak}; a usual month has about "
            f"{ordinary:,}. Why? Notebook 01 finds out."
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
            return "Give one number between 0 and 1, not a table."
        if not _is_number(answer):
            return f"Give one number between 0 and 1 (you gave a {type(answer).__name__})."
        value = float(answer)
        if abs(value - f["riders"]) < 1:
            return "That is the number of riders. Divide it by the number of users."
        if abs(value - f["rides"] / f["users"]) < 0.005:
            return (
                "That is completed rides per user: users who ride twice count twice. "
                "Count each rider once (nunique)."
            )
        if abs(value - f["riders"] / f["with_test"]) < 0.0005 and f["with_test"] != f["users"]:
            return "Divide by the users without test accounts (the `users` table)."
        return base(value)

    return Exercise(
        "Exercise 3: share of riders",
        check,
        expects="share",
        solution=right,
        hints=[
            "A completed ride is a 'return' event. Which users have one?",
            "events.loc[events['event'] == 'return', 'user_id'].nunique() counts the riders; "
            "divide by len(users).",
        ],
        success=(
            f"{right:.0%} of users have completed a ride: about half never got the thing "
            "Bomcar sells. Keep that in mind for notebook 01."
        ),
    )
