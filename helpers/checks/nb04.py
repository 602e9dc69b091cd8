"""Checkers for notebook 04 (the quadrant: reservation attempts x completed rides).

Every right answer is computed here from the committed data with the course's helpers, so a
change to the data changes the expected answers with it.

>>> ex = action_needed_users()
>>> ex.check(..., quiet=True).status
'unanswered'
"""

from __future__ import annotations

import functools
import itertools
from typing import Any

import pandas as pd

from helpers import data, metrics, quadrant, segments
from helpers.exercises import Exercise, Mistake, register

#: The combined segmentation the notebook places (from notebook 03).
SEGMENT_COLS = ("age_band", "region")
#: The segment whose quadrant exercise 1 asks for.
EXERCISE_SEGMENT = "35-44 x Seoul"
#: User columns a learner may combine in the stretch exercise.
USER_COLS = (
    "channel",
    "region",
    "age_band",
    "membership",
    "member_type",
    "card_status",
    "licence_status",
)
#: The four threshold rules of the notebook: (label, threshold, weight).
RULES = [
    ("median of segments", "median", None),
    ("mean of segments", "mean", None),
    ("median, weighted by users", "median", "users"),
    ("mean, weighted by users", "mean", "users"),
]

_QUADRANTS = quadrant.QUADRANT_NAMES


@functools.cache
def user_table() -> pd.DataFrame:
    """One row per user: the user's attributes plus reservation attempts and completed rides."""
    users = data.load_users()
    counts = metrics.per_user_counts(
        data.load_events(),
        {"attempts": "reservation_attempt", "rides": "return"},
        users=users["user_id"],
    )
    return users.set_index("user_id").join(counts)


def segment_table(cols: tuple[str, ...] = SEGMENT_COLS) -> pd.DataFrame:
    """Users, attempts per user and rides per user for each combination of ``cols``."""
    return _segment_table(tuple(cols)).copy()


@functools.cache
def _segment_table(cols: tuple[str, ...]) -> pd.DataFrame:
    return quadrant.segment_means(user_table(), list(cols))


def placed(
    threshold: str = "median", weight: str | None = None, cols: tuple[str, ...] = SEGMENT_COLS
) -> pd.DataFrame:
    """The segments of ``cols`` placed in the quadrant with the given rule."""
    return quadrant.place(
        segment_table(cols), "attempts", "rides", threshold=threshold, weight=weight
    )


def users_by_rule() -> pd.DataFrame:
    """Users per quadrant (rows) under each of the four threshold rules (columns)."""
    out = {}
    for label, threshold, weight in RULES:
        summary = quadrant.quadrant_summary(placed(threshold, weight), "users")
        out[label] = summary["users"].reindex(_QUADRANTS)
    return pd.DataFrame(out)


def _as_name(answer: Any) -> str | None:
    if isinstance(answer, str):
        return answer.strip().lower()
    return None


# ---- exercise 1 ----------------------------------------------------------------------------


@register
def segment_quadrant(segment: str = EXERCISE_SEGMENT) -> Exercise:
    """Exercise 1: which quadrant is ``segment`` in (median of segments, the notebook's rule)?"""
    table = placed().set_index("segment")
    row = table.loc[segment]
    tx, ty = table.attrs["thresholds"]
    right = str(row["quadrant"])
    hi_x, hi_y = row["attempts"] >= tx, row["rides"] >= ty
    side = {
        name: (q_x == "high", q_y == "high")
        for name, q_x, q_y in quadrant.QUADRANTS[["quadrant", "attempts", "rides"]].itertuples(
            index=False
        )
    }

    def check(answer: Any) -> str | None:
        name = _as_name(answer)
        if name is None:
            return "Answer with a quadrant name in quotes, e.g. 'low impact'."
        if name == right:
            return None
        if name not in side:
            return f"{answer!r} is not a quadrant. The four are: {', '.join(_QUADRANTS)}."
        want_x, want_y = side[name]
        parts = []
        if want_x != hi_x:
            parts.append(
                f"{segment} makes {row['attempts']:.1f} reservation attempts per user, "
                f"{'above' if hi_x else 'below'} the cut-off of {tx:.1f}, so it sits "
                f"on the {'right (many' if hi_x else 'left (few'} attempts)"
            )
        if want_y != hi_y:
            parts.append(
                f"it completes {row['rides']:.2f} rides per user, "
                f"{'above' if hi_y else 'below'} the cut-off of {ty:.2f}, so it sits "
                f"in the {'top (many' if hi_y else 'bottom (few'} rides)"
            )
        text = "; ".join(parts)  # not .capitalize(): it would lower-case 'Seoul'
        return text[0].upper() + text[1:] + "."

    return Exercise(
        "Exercise 1",
        check,
        solution=right,
        hints=[
            f"Find the row of {segment!r} in `placed` (or its bubble in the figure).",
            "Compare its attempts with the x cut-off and its rides with the y cut-off "
            "(`placed.attrs['thresholds']`).",
            f"`placed.set_index('segment').loc[{segment!r}, 'quadrant']` reads it for you.",
        ],
        success=f"{segment} makes few attempts but rides at a steady rhythm: "
        f"a marketing question (remind them), not a product fix."
        if right == "retention strategy needed"
        else f"{segment} is in '{right}'.",
    )


# ---- exercise 2 ----------------------------------------------------------------------------


@register
def action_needed_users() -> Exercise:
    """Exercise 2: how many users are in 'action needed' (median of segments)?"""
    summary = quadrant.quadrant_summary(placed(), "users")
    right = int(summary.loc["action needed", "users"])
    n_segments = int(summary.loc["action needed", "segments"])
    share = float(summary.loc["action needed", "share_of_users"])
    weighted = int(
        quadrant.quadrant_summary(placed("median", "users"), "users").loc["action needed", "users"]
    )
    total = int(summary["users"].sum())

    def check(answer: Any) -> str | None:
        if isinstance(answer, bool) or not isinstance(answer, int | float):
            try:
                answer = float(answer)
            except (TypeError, ValueError):
                return "Give a number of users, e.g. 1234 (no quotes)."
        if answer == right:
            return None
        if answer == n_segments:
            return (
                f"{n_segments} is the number of segments in 'action needed'; the question "
                "asks for users (each segment holds many)."
            )
        if abs(answer - share) < 0.005 or abs(answer - 100 * share) < 0.5:
            return "That is the share of users; give the number of users."
        if answer == weighted:
            return (
                "That is the count with cut-offs weighted by users; use the notebook's rule "
                "(threshold='median', no weight)."
            )
        if answer == total:
            return "That is every user; count only the segments in 'action needed'."
        return f"{answer:g} is {'too high' if answer > right else 'too low'}."

    return Exercise(
        "Exercise 2",
        check,
        expects="number",
        solution=right,
        hints=[
            "Sum the `users` column over the segments whose quadrant is 'action needed'.",
            "`placed.loc[placed['quadrant'] == 'action needed', 'users'].sum()`",
            "Or read the 'users' column of `quadrant.quadrant_summary(placed, 'users')`.",
        ],
        success=f"{right:,} users, {share:.0%} of all users: the largest quadrant.",
    )


# ---- exercise 3 ----------------------------------------------------------------------------


def rule_change() -> dict[str, int]:
    """Users gained (+) or lost (-) per quadrant going from the median rule to the
    users-weighted mean."""
    table = users_by_rule()
    change = table["mean, weighted by users"] - table["median of segments"]
    return {k: int(v) for k, v in change.items()}


@register
def biggest_loser() -> Exercise:
    """Exercise 3: which quadrant loses the most users when the cut-offs become the
    users-weighted mean?"""
    change = rule_change()
    right = min(change, key=change.get)
    before, after = placed(), placed("mean", "users")
    moved = sorted(
        set(before.loc[before["quadrant"] == right, "segment"])
        - set(after.loc[after["quadrant"] == right, "segment"])
    )
    moved_cut = after.attrs["thresholds"][0]

    def check(answer: Any) -> str | None:
        name = _as_name(answer)
        if name is None:
            return "Answer with a quadrant name in quotes, e.g. 'low impact'."
        if name == right:
            return None
        if name not in change:
            return f"{answer!r} is not a quadrant. The four are: {', '.join(_QUADRANTS)}."
        delta = change[name]
        if delta > 0:
            return f"'{name}' gains {delta:,} users under the weighted mean; which one shrinks?"
        if delta == 0:
            return f"'{name}' keeps exactly the same users under both rules."
        return f"'{name}' loses {-delta:,} users, but another quadrant loses more."

    return Exercise(
        "Exercise 3",
        check,
        solution=right,
        hints=[
            "Place the segments again with `threshold='mean', weight='users'` and compare the "
            "users per quadrant with the median rule.",
            "Subtract the two `users` columns of `quadrant_summary` (align them by quadrant).",
            "Look at the small quadrant in the top right: its segments sit close to the cut-offs.",
        ],
        success=f"'{right}' shrinks by {-change[right]:,} users. Its segments sit just above the "
        f"cut-offs; when every user gets a vote, the big young segments (many attempts) pull the "
        f"attempts cut-off up to {moved_cut:.2f}, and {', '.join(moved)} "
        f"{'falls' if len(moved) == 1 else 'fall'} out of it.",
    )


# ---- exercise 4 (stretch) ------------------------------------------------------------------


@functools.cache
def _label_sets() -> dict[frozenset, tuple[str, ...]]:
    """Which column combination gives which set of segment labels (one or two columns)."""
    u = user_table()
    out: dict[frozenset, tuple[str, ...]] = {}
    combos = [(c,) for c in USER_COLS] + list(itertools.permutations(USER_COLS, 2))
    for cols in combos:
        label = segments.combine(u, list(cols)) if len(cols) > 1 else u[cols[0]].astype(str)
        out.setdefault(frozenset(label.unique()), cols)
    return out


def _own_problem(answer: Any) -> str | None:
    if not isinstance(answer, pd.DataFrame):
        return (
            "Give the placed table (a DataFrame from `quadrant.place(...)`), not "
            f"{type(answer).__name__}."
        )
    df = answer.reset_index() if "segment" not in answer.columns else answer
    missing = [
        c for c in ("segment", "users", "attempts", "rides", "quadrant") if c not in df.columns
    ]
    if missing:
        step = (
            OWN_STEPS[2]
            if missing == ["quadrant"]
            else OWN_STEPS[1]
            if "segment" not in missing
            else OWN_STEPS[0]
        )
        return Mistake(
            f"The table needs the columns segment, users, attempts, rides and quadrant; "
            f"missing: {', '.join(missing)}.",
            hint=step,
        )
    labels = frozenset(df["segment"].astype(str))
    cols = _label_sets().get(labels)
    if cols is None:
        return (
            "I cannot tell which user columns these segments come from. Label them with "
            "`segments.combine(u, [col1, col2])` (or one column) and keep every segment."
        )
    if tuple(cols) in (SEGMENT_COLS, SEGMENT_COLS[::-1]):
        return (
            "That is the age band x region segmentation we already placed: pick another "
            "combination (e.g. channel x membership)."
        )
    truth = segment_table(tuple(cols)).set_index("segment")
    mine = df.set_index(df["segment"].astype(str))
    for col, what in (
        ("users", "users"),
        ("attempts", "attempts per user"),
        ("rides", "rides per user"),
    ):
        got = pd.to_numeric(mine[col], errors="coerce").reindex(truth.index)
        bad = (got - truth[col]).abs() > 1e-6 * truth[col].abs().clip(lower=1)
        if bad.any():
            seg = bad.idxmax()
            return (
                f"The {what} of segment {seg!r} is {got[seg]:g}, but the data gives "
                f"{truth.loc[seg, col]:g}. Did you count users with no attempts (pass "
                "`users=users['user_id']`) and take the mean per segment?"
            )
    for _, threshold, weight in RULES:
        expected = quadrant.place(
            truth.reset_index(), "attempts", "rides", threshold=threshold, weight=weight
        ).set_index("segment")
        if (
            mine["quadrant"].astype(str).reindex(truth.index) == expected["quadrant"].astype(str)
        ).all():
            return None
    return (
        "The quadrant column does not match any of the four rules (median or mean, "
        "weighted or not). Place the table with `quadrant.place(...)`."
    )


#: The stretch exercise's steps, as hints (a missing column's verdict points at its step).
OWN_STEPS = (
    "Step 1, a segment per user from two columns: "
    "mine = u.assign(segment=segments.combine(u, ['channel', 'membership']))",
    "Step 2, one row per segment: my_segs = mine.groupby('segment').agg("
    "users=('attempts', 'size'), attempts=('attempts', 'mean'), "
    "rides=('rides', 'mean')).reset_index()",
    "Step 3, add the quadrant column: my_placed = quadrant.place(my_segs, 'attempts', 'rides')",
)


@register
def own_segmentation() -> Exercise:
    """Exercise 4 (stretch): place a segmentation of the learner's choice."""
    return Exercise(
        "Exercise 4",
        _own_problem,
        hints=list(OWN_STEPS),
        success="Your segmentation is placed correctly. Is 'action needed' still the largest "
        "quadrant? Which users are in it this time?",
    )
