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

from helpers import cohort, data, search_behaviour
from helpers.checks.nb06 import FillInExercise, _dict_answer, user_quadrants
from helpers.exercises import Exercise, expect_number, register

RELEASE = pd.Timestamp("2025-03-04")  # app 3.0 (calendar.csv)
PRICE_CHANGE = pd.Timestamp("2024-11-01")  # hourly prices +12% (calendar.csv)
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
    events = data.load_events()
    s = search_behaviour.search_sessions(events, version_col="app_version")
    u = user_quadrants()
    s["action_needed"] = s["user_id"].isin(u.index[u["quadrant"] == "action needed"])
    return s


def sessions() -> pd.DataFrame:
    """Search sessions (helpers.search_behaviour) with an ``action_needed`` column."""
    return _sessions().copy()


def _gap(s: pd.DataFrame) -> float:
    """Conversion of other sessions minus time-first sessions (a positive gap = a pain)."""
    rate = s.groupby("time_first")["reserved"].mean()
    return float(rate[False] - rate[True])


@functools.cache
def release_gaps() -> dict[str, float]:
    """Time-first gap in the action-needed segment: before (app < 3.0) and after (app 3.0),
    plus the typical wrong answers' values."""
    s = _sessions()
    fixed = s["app_version"].astype("object") == "3.0"
    an = s[s["action_needed"]]
    an_fixed = fixed[s["action_needed"]]
    attempted = an[an["attempted"]]
    return {
        "before": _gap(an[~an_fixed]),
        "after": _gap(an[an_fixed]),
        "before_all_users": _gap(s[~fixed]),
        "after_all_users": _gap(s[fixed]),
        "before_per_attempt": _gap(attempted[~an_fixed[an["attempted"]]]),
        "after_per_attempt": _gap(attempted[an_fixed[an["attempted"]]]),
    }


@functools.cache
def effects() -> dict[str, float]:
    """The stretch exercise: price effect and release effect, each measured where the other
    cannot interfere.

    * ``price_effect`` - conversion of sessions that did *not* set the time first (the release
      does not touch them), November 2024 minus October 2024 (same season, same app);
    * ``release_effect`` - conversion of time-first sessions on app 3.0 minus app 2.9, in the
      same weeks (4-31 March 2025: same price, same season).
    """
    s = _sessions()
    month = s["start"].dt.to_period("M")
    other = s[~s["time_first"]]
    om = month[~s["time_first"]]
    oct_, nov = (
        other.loc[om == pd.Period(m, "M"), "reserved"].mean() for m in ("2024-10", "2024-11")
    )
    window = s[(s["start"] >= RELEASE) & (s["start"] < pd.Timestamp("2025-04-01"))]
    tf = window[window["time_first"]]
    by_version = tf.groupby(tf["app_version"].astype("object"))["reserved"].mean()
    naive_tf = s[s["time_first"]].groupby(month[s["time_first"]])["reserved"].mean()
    other_window = window[~window["time_first"]]
    other_by_version = other_window.groupby(other_window["app_version"].astype("object"))[
        "reserved"
    ].mean()
    all_m = s.groupby(month)["reserved"].mean()
    return {
        "price_effect": float(nov - oct_),
        "release_effect": float(by_version["3.0"] - by_version["2.9"]),
        # typical wrong answers
        "release_other_sessions": float(other_by_version["3.0"] - other_by_version["2.9"]),
        "release_before_after": float(
            naive_tf[pd.Period("2025-03", "M")] - naive_tf[pd.Period("2025-02", "M")]
        ),
        "price_all_sessions": float(
            all_m[pd.Period("2024-11", "M")] - all_m[pd.Period("2024-10", "M")]
        ),
    }


# ---- Exercise 1: read a cell ------------------------------------------------------------------


@register
def read_cell() -> Exercise:
    """Exercise 1: the 2024-06 cohort's retention 3 months after sign-up."""
    table = _retention()
    row = table.loc[pd.Period("2024-06", "M")]
    right = float(row[3])
    base = expect_number(right, tol=0.005, relative=False, what="share")

    def check(answer: Any) -> str | None:
        try:
            value = float(answer)
        except (TypeError, ValueError):
            return base(answer)
        if abs(value - right) <= 0.005:
            return None
        if abs(value - right * 100) <= 0.5:
            return "That looks like a percentage; give it as a share (0-1), e.g. 0.25."
        for age in (2, 4):
            if abs(value - float(row[age])) <= 0.005:
                return (
                    f"That is month {age}. Columns count whole months since sign-up, and "
                    "the sign-up month itself is month 0."
                )
        col3 = table[3]
        for cohort_period, v in col3.items():
            if str(cohort_period) != "2024-06" and pd.notna(v) and abs(value - v) <= 0.005:
                return f"That is the {cohort_period} cohort; the row you want is 2024-06."
        return base(value)

    return Exercise(
        "Exercise 1 · read a cell",
        check,
        expects="share",
        solution=right,
        hints=[
            "Rows are sign-up months (cohorts), columns are months since sign-up.",
            "With pandas: retention.loc[row, column]; the row label is a month like '2024-06'.",
            "retention.loc['2024-06', 3]",
        ],
        success="Reading one cell is the base of all three readings: a row, a column, a diagonal.",
    )


# ---- Exercise 2: the worst cohort and why -----------------------------------------------------


@register
def worst_cohort() -> FillInExercise:
    """Exercise 2: which cohort keeps the fewest users at month 1, and why."""
    table = _retention()
    right = str(table[1].idxmin())
    youngest = str(table.index[-1])

    def check(answer: Any) -> str | None:
        shape = _dict_answer(answer, ["cohort", "why"], '{"cohort": "2024-01", "why": "summer"}')
        if shape:
            return shape
        c, why = answer["cohort"], answer["why"]
        c = str(c).strip()
        if c not in {str(p) for p in table.index}:
            return f"{c!r} is not a cohort: use a sign-up month like '2024-05'."
        if c == youngest:
            return (
                f"The {youngest} cohort has no month 1 yet: its blank cell is 'not yet', "
                "not 0. A young cohort is not a bad cohort."
            )
        if c != right:
            return f"Look down column 1 again: the {c} cohort is not the lowest."
        if not isinstance(why, str) or why.strip().lower() not in REASONS:
            return f"'why': answer with one of {', '.join(map(repr, REASONS))}."
        why = why.strip().lower()
        if why == "price change":
            return (
                "The price change (Nov 2024) hits every cohort in the same calendar month; "
                "this cohort is low already in its own month 1. Check calendar.csv."
            )
        if why == "summer":
            return "Summer (July-August) lifts activity; it does not explain a low cohort."
        if why == "app release":
            return "No release changed retention then; check calendar.csv for that month."
        return None

    return FillInExercise(
        "Exercise 2 · the worst cohort",
        check,
        solution={"cohort": right, "why": "promotion"},
        hints=[
            "Reading a column: compare cohorts at the same age. Which is lowest in column 1?",
            "retention[1].idxmin() finds it. Then look that month up in calendar.csv.",
            f"It is the {right} cohort. What did Bomcar do in that month?",
        ],
        success="The promotion month brought many users who never meant to ride: its cohort "
        "retains worst. A cohort effect, seen down a column.",
    )


# ---- Exercise 3: the time-first gap before and after 3.0 ---------------------------------------


@register
def release_gap() -> FillInExercise:
    """Exercise 3: time-first conversion gap in the action-needed segment, before vs on 3.0."""
    g = release_gaps()

    def close(a: float, b: float) -> bool:
        return abs(a - b) <= 0.005

    def check(answer: Any) -> str | None:
        shape = _dict_answer(answer, ["before", "after"], '{"before": 0.1, "after": 0.05}')
        if shape:
            return shape
        try:
            before, after = float(answer["before"]), float(answer["after"])
        except (TypeError, ValueError):
            return "Both gaps should be numbers (shares, e.g. 0.12 for 12 points)."
        if close(before, g["before"]) and close(after, g["after"]):
            return None
        if close(-before, g["before"]) or close(-after, g["after"]):
            return (
                "The sign is flipped: the gap is other sessions' conversion minus "
                "time-first sessions' conversion, so it is positive."
            )
        if close(before, g["after"]) and close(after, g["before"]):
            return "Before and after are swapped: 'before' is app versions older than 3.0."
        if close(before * 0.01, g["before"]) or close(after * 0.01, g["after"]):
            return "Give the gaps as shares (0.12), not percentage points (12)."
        if close(before, g["before_all_users"]) or close(after, g["after_all_users"]):
            return (
                "That is for all users' sessions. Keep only the action-needed segment's "
                "sessions first."
            )
        if close(before, g["before_per_attempt"]) or close(after, g["after_per_attempt"]):
            return (
                "That divides by attempts. Use all search sessions, as above: "
                "the share of search sessions that end in a reservation."
            )
        if close(before, g["before"]):
            return "'before' is right; check 'after' (app version 3.0 only)."
        if close(after, g["after"]):
            return "'after' is right; check 'before' (app versions 2.7, 2.8 and 2.9)."
        return "Neither gap matches. Recompute from the action-needed sessions."

    return FillInExercise(
        "Exercise 3 · the gap before and after 3.0",
        check,
        solution={"before": g["before"], "after": g["after"]},
        hints=[
            "Split the action-needed sessions by app version: 3.0 vs older. In each part, "
            "compare the conversion of time-first sessions with the other sessions.",
            "rate = part.groupby('time_first')['reserved'].mean(); gap = rate[False] - rate[True]",
            "fixed = action_sessions['app_version'] == '3.0'; compute the gap on "
            "action_sessions[~fixed] (before) and action_sessions[fixed] (after).",
        ],
        success="The release roughly halved the gap, but did not close it: the rest is what "
        "the A/B test in notebook 08 goes after.",
    )


# ---- Exercise 4 (stretch): separate the price effect from the release effect ------------------


@register
def separate_effects() -> FillInExercise:
    """Exercise 4: price effect and release effect, each measured where the other cannot act."""
    e = effects()

    def close(a: float, b: float) -> bool:
        return abs(a - b) <= 0.005

    def check(answer: Any) -> str | None:
        shape = _dict_answer(
            answer, ["price_effect", "release_effect"], '{"price_effect": -0.01, ...}'
        )
        if shape:
            return shape
        try:
            price, release = float(answer["price_effect"]), float(answer["release_effect"])
        except (TypeError, ValueError):
            return "Both effects should be numbers (shares, e.g. -0.03)."
        price_ok, release_ok = close(price, e["price_effect"]), close(release, e["release_effect"])
        if price_ok and release_ok:
            return None
        if close(price, -e["price_effect"]) or close(release, -e["release_effect"]):
            return "A sign is flipped: take the later (or newer) minus the earlier (older)."
        if close(price * 0.01, e["price_effect"]) or close(release * 0.01, e["release_effect"]):
            return "Give the effects as shares (-0.04), not percentage points (-4)."
        if not price_ok and close(price, e["price_all_sessions"]):
            return (
                "For the price effect you used all sessions, but the Oct -> Nov change "
                "then mixes in time-first sessions. Use only the sessions the release "
                "does not touch: time_first == False."
            )
        if not release_ok and close(release, e["release_before_after"]):
            return (
                "That compares March with February: different weeks. Compare app 3.0 "
                "with app 2.9 in the same weeks (4-31 March 2025)."
            )
        if not release_ok and close(release, e["release_other_sessions"]):
            return (
                "That is the change for sessions that did not set the time first - the "
                "release was not meant to touch them. Use the time-first sessions."
            )
        if price_ok:
            return "The price effect is right; check the release effect."
        if release_ok:
            return "The release effect is right; check the price effect."
        return "Neither effect matches yet. Check the filters: which sessions, which dates."

    return FillInExercise(
        "Exercise 4 · price vs release",
        check,
        solution={"price_effect": e["price_effect"], "release_effect": e["release_effect"]},
        hints=[
            "Measure each effect where the other cannot act. The release only changes "
            "time-first sessions; the price change happened on one date for everyone.",
            "Price: sessions with time_first == False, conversion in Nov 2024 minus Oct 2024. "
            "Release: time-first sessions between 4 and 31 March 2025, app 3.0 minus 2.9.",
            "Price: other = sessions[~sessions['time_first']]; other.groupby(other['start']"
            ".dt.to_period('M'))['reserved'].mean(). Release: tf = march[march['time_first']]; "
            "tf.groupby('app_version')['reserved'].mean().",
        ],
        success="A calendar effect moves everyone at once; a release moves only its users, on "
        "its version, in the same weeks. Two different comparisons, two clean answers.",
    )
