"""Checkers for notebook 07 (cohort analysis), and the numbers they are checked against.

Every right answer is computed here from the committed data with the course helpers.

>>> ex = worst_cohort()
>>> ex.check({"cohort": ..., "why": ...}, quiet=True).status
'unanswered'
"""

from __future__ import annotations

import functools
from typing import Any

import pandas as pd

from course import combinations, data, important_customer, search_behaviour
from course.answers import dict_problem
from course.exercises import Exercise, expect_number, register
from helpers import cohort
from helpers.i18n import tr

REASONS = ["promotion", "price change", "summer", "app release"]


# ---- the data behind the notebook ------------------------------------------------------------


@functools.cache
def _retention() -> pd.DataFrame:
    events, users = data.load_events(), data.load_users()
    log = events.merge(users[["user_id", "signup_at"]], on="user_id")
    return cohort.cohort_table(log, cohort_time_col="signup_at", active_events=["app_open"])


def retention_table() -> pd.DataFrame:
    """Monthly sign-up cohorts x months since sign-up: share of the cohort opening the app."""
    return _retention().copy()


@functools.cache
def _sessions() -> pd.DataFrame:
    """Search sessions of the users notebook 07 follows (``combination_users``: complete
    windows, searched early), with an ``important`` column (the important customer)."""
    events, users = data.load_events(), data.load_users()
    per_user = combinations.combination_users(events, users)
    important = important_customer.is_important_customer(per_user)
    s = search_behaviour.search_sessions(events, version_col="app_version")
    s = s[s["user_id"].isin(per_user.index)].copy()
    s["important"] = s["user_id"].map(important).astype(bool)
    return s


def sessions() -> pd.DataFrame:
    """Search sessions (course.search_behaviour) with an ``important`` column."""
    return _sessions().copy()


def _rates(s: pd.DataFrame) -> pd.Series:
    return s.groupby("time_first")["reserved"].mean()


def _ratio(s: pd.DataFrame) -> float:
    """Conversion of time-first sessions / conversion of the other sessions (1 = no pain)."""
    rate = _rates(s)
    return float(rate[True] / rate[False])


def _gap(s: pd.DataFrame) -> float:
    """Conversion of other sessions minus time-first sessions (a typical wrong answer)."""
    rate = _rates(s)
    return float(rate[False] - rate[True])


@functools.cache
def release_ratios() -> dict[str, float]:
    """Time-first / other conversion ratio before (app < 3.0) and on app 3.0, inside the
    important customer and for everyone else in the table, plus typical wrong answers."""
    s = _sessions()
    fixed = s["app_version"].astype("object") == "3.0"
    out: dict[str, float] = {}
    for name, rows in (("", s["important"]), ("else_", ~s["important"])):
        out[f"{name}before"] = _ratio(s[rows & ~fixed])
        out[f"{name}after"] = _ratio(s[rows & fixed])
        out[f"{name}gap_before"] = _gap(s[rows & ~fixed])
        out[f"{name}gap_after"] = _gap(s[rows & fixed])
        month = s["start"].dt.to_period("M")
        feb, mar = (s[rows & (month == pd.Period(m, "M"))] for m in ("2025-02", "2025-03"))
        out[f"{name}feb_to_mar"] = _ratio(mar) - _ratio(feb)
    return out


def _close(a: float, b: float, tol: float = 0.01) -> bool:
    return abs(a - b) <= tol


# ---- Exercise 1: read a cell ------------------------------------------------------------------


@register
def read_cell() -> Exercise:
    """Exercise 1: the 2024-06 cohort's retention 3 months after sign-up."""
    table = _retention()
    row = table.loc[pd.Period("2024-06", "M")]
    right = float(row[3])
    base = expect_number(right, tol=0.005, relative=False, what=tr("share"))

    def check(answer: Any) -> str | None:
        try:
            value = float(answer)
        except (TypeError, ValueError):
            return base(answer)
        if abs(value - right) <= 0.005:
            return None
        if abs(value - right * 100) <= 0.5:
            return tr("That looks like a percentage; give it as a share (0-1), e.g. 0.25.")
        for age in (2, 4):
            if abs(value - float(row[age])) <= 0.005:
                return tr(
                    "That is month {age}. Columns count whole months since sign-up, and the "
                    "sign-up month itself is month 0.",
                    age=age,
                )
        col3 = table[3]
        for cohort_period, v in col3.items():
            if str(cohort_period) != "2024-06" and pd.notna(v) and abs(value - v) <= 0.005:
                return tr(
                    "That is the {cohort} cohort; the row you want is 2024-06.",
                    cohort=cohort_period,
                )
        return base(value)

    return Exercise(
        tr("Exercise 1 · read a cell"),
        check,
        expects="share",
        solution=right,
        hints=[
            tr("Rows are sign-up months (cohorts), columns are months since sign-up."),
            tr("With pandas: retention.loc[row, column]; the row label is a month like '2024-06'."),
            tr("retention.loc['2024-06', 3]"),
        ],
        success=tr(
            "Reading one cell is the base of every reading: a row (a cohort), a column (an "
            "age), old vs new users, and the diagonal (a calendar month)."
        ),
    )


# ---- Exercise 2: the worst cohort and why -----------------------------------------------------


@register
def worst_cohort() -> Exercise:
    """Exercise 2: which cohort keeps the fewest users at month 1, and why."""
    table = _retention()
    right = str(table[1].idxmin())
    youngest = str(table.index[-1])

    def check(answer: Any) -> str | None:
        shape = dict_problem(answer, ["cohort", "why"], '{"cohort": "2024-01", "why": "summer"}')
        if shape:
            return shape
        c, why = answer["cohort"], answer["why"]
        c = str(c).strip()
        if c not in {str(p) for p in table.index}:
            return tr(
                "{answer} is not a cohort: use a sign-up month like '2024-05'.", answer=repr(c)
            )
        if c == youngest:
            return tr(
                "The {youngest} cohort has no month 1 yet: its blank cell is 'not yet', not 0. "
                "A young cohort is not a bad cohort.",
                youngest=youngest,
            )
        if c != right:
            return tr("Look down column 1 again: the {cohort} cohort is not the lowest.", cohort=c)
        if not isinstance(why, str) or why.strip().lower() not in REASONS:
            return tr("'why': answer with one of {reasons}.", reasons=", ".join(map(repr, REASONS)))
        why = why.strip().lower()
        if why == "price change":
            return tr(
                "The price change (Nov 2024) hits every cohort in the same calendar month; "
                "this cohort is low already in its own month 1. Check calendar.csv."
            )
        if why == "summer":
            return tr("Summer (July-August) lifts activity; it does not explain a low cohort.")
        if why == "app release":
            return tr("No release changed retention then; check calendar.csv for that month.")
        return None

    return Exercise(
        tr("Exercise 2 · the worst cohort"),
        check,
        solution={"cohort": right, "why": "promotion"},
        hints=[
            tr("Reading a column: compare cohorts at the same age. Which is lowest in column 1?"),
            tr("retention[1].idxmin() finds it. Then look that month up in calendar.csv."),
            tr("It is the {cohort} cohort. What did Bomcar do in that month?", cohort=right),
        ],
        success=tr(
            "The promotion month brought many users who never meant to ride: its cohort "
            "retains worst. A cohort effect, seen down a column."
        ),
    )


# ---- Exercise 3: the time-first ratio before and after 3.0 -------------------------------------


@register
def release_ratio() -> Exercise:
    """Exercise 3: time-first / other conversion ratio in the important customer, before vs
    on app 3.0."""
    g = release_ratios()

    def check(answer: Any) -> str | None:
        shape = dict_problem(answer, ["before", "after"], '{"before": 0.5, "after": 0.6}')
        if shape:
            return shape
        try:
            before, after = float(answer["before"]), float(answer["after"])
        except (TypeError, ValueError):
            return tr(
                "Both ratios should be numbers (e.g. 0.5: time-first converts half as often)."
            )
        if _close(before, g["before"]) and _close(after, g["after"]):
            return None
        if _close(before, g["after"]) and _close(after, g["before"]):
            return tr("Before and after are swapped: 'before' is app versions older than 3.0.")
        if _close(before, 1 / g["before"], 0.05) or _close(after, 1 / g["after"], 0.05):
            return tr(
                "The ratio is upside down: divide the time-first sessions' conversion by the "
                "other sessions' conversion, so a pain shows as a ratio below 1."
            )
        if _close(before / 100, g["before"]) or _close(after / 100, g["after"]):
            return tr("Give the ratios as plain numbers (0.4), not percentages (40).")
        if _close(before, g["gap_before"], 0.005) or _close(after, g["gap_after"], 0.005):
            return tr(
                "That is the gap (other minus time-first), a difference in points. The "
                "exercise asks for the ratio: time-first conversion / other conversion."
            )
        if _close(before, g["else_before"]) or _close(after, g["else_after"]):
            return tr(
                "That is everyone else's ratio. Keep only the important customer's sessions "
                "first (ic_sessions)."
            )
        if _close(before, g["before"]):
            return tr("'before' is right; check 'after' (app version 3.0 only).")
        if _close(after, g["after"]):
            return tr("'after' is right; check 'before' (app versions 2.7, 2.8 and 2.9).")
        return tr("Neither ratio matches. Recompute from the important customer's sessions.")

    return Exercise(
        tr("Exercise 3 · the ratio before and after 3.0"),
        check,
        solution={"before": g["before"], "after": g["after"]},
        hints=[
            tr(
                "Split the important customer's sessions by app version: 3.0 vs older. In each "
                "part, divide the conversion of time-first sessions by that of the other "
                "sessions."
            ),
            tr(
                "rate = part.groupby('time_first')['reserved'].mean(); "
                "ratio = rate[True] / rate[False]"
            ),
            tr(
                "fixed = ic_sessions['app_version'] == '3.0'; compute the ratio on "
                "ic_sessions[~fixed] (before) and ic_sessions[fixed] (after)."
            ),
        ],
        success=tr(
            "App 3.0 lifted the ratio a long way towards 1, but not to 1: the release fixed "
            "part of the pain. What is left is what the A/B test in notebook 08 goes after."
        ),
    )


# ---- Exercise 4 (stretch): where is the release's fingerprint? --------------------------------

PLACES = ["important customer", "everyone else", "both", "neither"]


@register
def fingerprint() -> Exercise:
    """Exercise 4: the change in the ratio on app 3.0 (after minus before), inside the
    important customer and for everyone else, and where the release left its fingerprint."""
    g = release_ratios()
    right_ic = g["after"] - g["before"]
    right_else = g["else_after"] - g["else_before"]
    where = "important customer"

    def check(answer: Any) -> str | None:
        shape = dict_problem(
            answer,
            ["important", "everyone_else", "where"],
            '{"important": 0.1, "everyone_else": 0.0, "where": "both"}',
        )
        if shape:
            return shape
        try:
            ic, other = float(answer["important"]), float(answer["everyone_else"])
        except (TypeError, ValueError):
            return tr("'important' and 'everyone_else' should be numbers (a change in the ratio).")
        ic_ok, else_ok = _close(ic, right_ic), _close(other, right_else)
        if not (ic_ok and else_ok):
            if _close(ic, right_else) and _close(other, right_ic):
                return tr("The two groups are swapped.")
            if _close(ic, -right_ic) and _close(other, -right_else):
                return tr("The sign is flipped: take the ratio on 3.0 minus the ratio before 3.0.")
            if _close(ic, g["gap_after"] - g["gap_before"], 0.005):
                return tr(
                    "That is the change in the gap (a difference in points). Use the ratio: "
                    "the base rates of the two groups are far apart, so gaps mislead here."
                )
            if _close(ic, g["feb_to_mar"]) or _close(other, g["else_feb_to_mar"]):
                return tr(
                    "That compares March with February: two calendar months, so spring and "
                    "anything else that changed then is mixed in. Compare by app version."
                )
            if ic_ok:
                return tr("'important' is right; check 'everyone_else' (the users outside it).")
            if else_ok:
                return tr("'everyone_else' is right; check 'important'.")
            return tr("Neither change matches yet. Ratio on 3.0 minus ratio before, per group.")
        place = answer["where"]
        if not isinstance(place, str) or place.strip().lower() not in PLACES:
            return tr("'where': answer with one of {places}.", places=", ".join(map(repr, PLACES)))
        place = place.strip().lower()
        if place != where:
            return tr(
                "Compare the two changes: {ic:+.2f} inside the important customer, "
                "{other:+.2f} for everyone else. Where did the ratio move?",
                ic=right_ic,
                other=right_else,
            )
        return None

    return Exercise(
        tr("Exercise 4 · where the release left its fingerprint"),
        check,
        solution={"important": right_ic, "everyone_else": right_else, "where": where},
        hints=[
            tr(
                "A release leaves its fingerprint where the pain was: the ratio moves there, "
                "on the new version, and not elsewhere. Compute the change for both groups."
            ),
            tr(
                "For each group: ratio on app 3.0 minus ratio on older versions, with "
                "ratio = rate[True] / rate[False] from groupby('time_first')['reserved'].mean()."
            ),
            tr(
                "Write a function ratio(part) and use it on sessions[sessions['group'] == "
                "'important customer'] and sessions[sessions['group'] == 'everyone else'], each "
                "split by app_version == '3.0'."
            ),
        ],
        success=tr(
            "The ratio moved where the pain was and nowhere else: the release's fingerprint. "
            "A price change or a season would have moved both groups."
        ),
    )
