"""Checkers for notebook 04 (the quadrant: reservation attempts x completed rides of the Mass
x element combinations, days 60-240 after sign-up).

Every right answer is computed here from the committed data with the course's helpers, so a
change to the data changes the expected answers with it.

>>> ex = action_needed_users()
>>> ex.check(..., quiet=True).status
'unanswered'
"""

from __future__ import annotations

import functools
import re
from typing import Any

import pandas as pd

from course import bomcar, combinations, data
from course.exercises import Exercise, Mistake, register
from helpers import quadrant, segments
from helpers.i18n import tr

#: The combination whose quadrant exercise 1 asks for.
EXERCISE_SEGMENT = "corporate member x below average"
#: The demographic cut of the stretch exercise.
DEMOGRAPHIC_COLS = ("age_band", "region")
#: The four threshold rules of the notebook: (label, threshold, weight).
RULES = [
    ("median of combinations", "median", None),
    ("mean of combinations", "mean", None),
    ("median, weighted by users", "median", "users"),
    ("mean, weighted by users", "mean", "users"),
]

_QUADRANTS = quadrant.QUADRANT_NAMES


@functools.cache
def _per_user() -> pd.DataFrame:
    return combinations.combination_users(data.load_events(), data.load_users())


@functools.cache
def _table() -> pd.DataFrame:
    return combinations.combination_table(_per_user())


def combination_table() -> pd.DataFrame:
    """The Mass x element combinations the notebook places (a copy)."""
    out = _table().copy()
    out.attrs = dict(_table().attrs)
    return out


def placed(threshold: str = "median", weight: str | None = None) -> pd.DataFrame:
    """The combinations placed in the quadrant with the given rule."""
    return quadrant.place(
        combination_table(), "attempts", "rides", threshold=threshold, weight=weight
    )


def users_by_rule(table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Users per quadrant (rows) under each of the four threshold rules (columns), for the
    combinations or for ``table`` (columns ``attempts``, ``rides``, ``users``)."""
    table = combination_table() if table is None else table
    out = {}
    for label, threshold, weight in RULES:
        p = quadrant.place(table, "attempts", "rides", threshold=threshold, weight=weight)
        out[label] = quadrant.quadrant_summary(p, "users")["users"].reindex(_QUADRANTS)
    return pd.DataFrame(out)


@functools.cache
def _demographic_table() -> pd.DataFrame:
    users = data.load_users().set_index("user_id")
    pu = _per_user().join(users[list(DEMOGRAPHIC_COLS)])
    pu = pu[pu["situation"].astype(str).isin(combinations.MASS)].copy()
    pu["segment"] = segments.combine(pu, list(DEMOGRAPHIC_COLS))
    return (
        pu.groupby("segment")
        .agg(users=("rides", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
        .reset_index()
    )


def demographic_table() -> pd.DataFrame:
    """Age band x region on the same users and windows as the combinations: one row per cell
    with ``segment``, ``users`` and mean ``attempts`` and ``rides`` (days 60-240)."""
    return _demographic_table().copy()


#: The quadrants' Korean names (the glossary's, without spaces or the closing 유형), which a
#: learner of the Korean edition may answer with: read as the quadrant's key.
_KOREAN_NAMES = {
    "자연증분": "natural growth",
    "뭘망설일까": "action needed",
    "사용자유지전략이필요한": "retention strategy needed",
    "임팩트가적은": "low impact",
}


def _as_name(answer: Any) -> str | None:
    """The quadrant key an answer names: its English key (any case and spacing) or its
    Korean name (``"사용자 유지 전략이 필요한 유형"``, with or without 유형)."""
    if isinstance(answer, str):
        name = " ".join(answer.strip().lower().split())
        flat = re.sub(r"\s+", "", name).removesuffix("유형")
        return _KOREAN_NAMES.get(flat, name)
    return None


def _number(answer: Any) -> float | None:
    if isinstance(answer, bool):
        return None
    try:
        return float(answer)
    except (TypeError, ValueError):
        return None


# ---- exercise 1 ----------------------------------------------------------------------------


@register
def segment_quadrant(segment: str = EXERCISE_SEGMENT) -> Exercise:
    """Exercise 1: which quadrant is ``segment`` in (median of combinations)?"""
    table = placed().set_index("segment")
    row = table.loc[segment]
    tx, ty = table.attrs["thresholds"]
    right = str(row["quadrant"])
    hi_x, hi_y = row["attempts"] >= tx, row["rides"] >= ty
    side = {
        name: (q_x == "high", q_y == "high")
        for name, q_x, q_y in bomcar.QUADRANTS[["quadrant", "attempts", "rides"]].itertuples(
            index=False
        )
    }

    def check(answer: Any) -> str | None:
        name = _as_name(answer)
        if name is None:
            return tr("Answer with a quadrant name in quotes, e.g. 'low impact'.")
        if name == right:
            return None
        if name not in side:
            return tr(
                "{answer!r} is not a quadrant. The four are: {names}.",
                answer=answer,
                names=", ".join(quadrant.quadrant_label(q) for q in _QUADRANTS),
            )
        want_x, want_y = side[name]
        parts = []
        if want_x != hi_x:
            parts.append(_x_side(segment, row["attempts"], tx, hi_x))
        if want_y != hi_y:
            parts.append(_y_side(row["rides"], ty, hi_y))
        if len(parts) == 2:
            text = tr("{first}; {second}", first=parts[0], second=parts[1])
        else:
            text = parts[0]
        return text[0].upper() + text[1:] + "."

    if right == "retention strategy needed":
        success = tr(
            "{segment} makes few attempts but rides when it tries: "
            "a marketing question (remind them), not a product fix.",
            segment=segment,
        )
    else:
        success = tr(
            "{segment} is in '{quadrant}'.",
            segment=segment,
            quadrant=quadrant.quadrant_label(right),
        )
    return Exercise(
        "Exercise 1",
        check,
        solution=right,
        hints=[
            tr(
                "Find the row of {segment!r} in `placed` (or its labelled bubble).", segment=segment
            ),
            tr(
                "Compare its attempts with the x cut-off and its rides with the y cut-off "
                "(`placed.attrs['thresholds']`)."
            ),
            tr(
                "`placed.set_index('segment').loc[{segment!r}, 'quadrant']` reads it for you.",
                segment=segment,
            ),
        ],
        success=success,
    )


def _x_side(segment: str, attempts: float, cut: float, high: bool) -> str:
    """Where ``segment`` sits on the attempts axis, as the clause of a verdict."""
    if high:
        return tr(
            "{segment} makes {attempts:.2f} reservation attempts per user, above the cut-off "
            "of {cut:.2f}, so it sits on the right (many attempts)",
            segment=segment,
            attempts=attempts,
            cut=cut,
        )
    return tr(
        "{segment} makes {attempts:.2f} reservation attempts per user, below the cut-off "
        "of {cut:.2f}, so it sits on the left (few attempts)",
        segment=segment,
        attempts=attempts,
        cut=cut,
    )


def _y_side(rides: float, cut: float, high: bool) -> str:
    """Where the segment sits on the rides axis, as the clause of a verdict."""
    if high:
        return tr(
            "it completes {rides:.2f} rides per user, above the cut-off of {cut:.2f}, so it "
            "sits in the top (many rides)",
            rides=rides,
            cut=cut,
        )
    return tr(
        "it completes {rides:.2f} rides per user, below the cut-off of {cut:.2f}, so it "
        "sits in the bottom (few rides)",
        rides=rides,
        cut=cut,
    )


# ---- exercise 2 ----------------------------------------------------------------------------


@register
def action_needed_users() -> Exercise:
    """Exercise 2: how many users are in 'action needed' (median of combinations)?"""
    summary = quadrant.quadrant_summary(placed(), "users")
    right = int(summary.loc["action needed", "users"])
    n_segments = int(summary.loc["action needed", "segments"])
    share = float(summary.loc["action needed", "share_of_users"])
    total = int(summary["users"].sum())
    pu = _per_user()
    all_searchers = len(pu)

    def check(answer: Any) -> str | None:
        value = _number(answer)
        if value is None:
            return tr("Give a number of users, e.g. 1234 (no quotes).")
        if value == right:
            return None
        if value == n_segments:
            return Mistake(
                tr(
                    "{n} is the number of combinations in 'action needed'; the question "
                    "asks for users (each combination holds hundreds).",
                    n=n_segments,
                ),
                hint=tr("Sum the `users` column, do not count rows."),
            )
        if abs(value - share) < 0.005 or abs(value - 100 * share) < 0.5:
            return tr("That is the share of users; give the number of users.")
        if value == total:
            return tr("That is every placed user; count only the combinations in 'action needed'.")
        if value == all_searchers:
            return tr("That is every user in the search stage; count only 'action needed'.")
        return _too(value, right)

    return Exercise(
        "Exercise 2",
        check,
        expects="number",
        solution=right,
        hints=[
            tr("Sum the `users` column over the combinations whose quadrant is 'action needed'."),
            tr("`placed.loc[placed['quadrant'] == 'action needed', 'users'].sum()`"),
            tr("Or read the 'users' column of `quadrant.quadrant_summary(placed, 'users')`."),
        ],
        success=tr(
            "{right:,} users, {share:.0%} of the placed users: the largest quadrant.",
            right=right,
            share=share,
        ),
    )


# ---- exercise 3 ----------------------------------------------------------------------------


def margin_of(rule: str) -> tuple[int, int, str]:
    """(users of the largest quadrant, users of the runner-up, the runner-up's name) under
    ``rule`` (a column of :func:`users_by_rule`)."""
    ranked = users_by_rule()[rule].sort_values(ascending=False)
    return int(ranked.iloc[0]), int(ranked.iloc[1]), str(ranked.index[1])


@register
def weighted_mean_margin() -> Exercise:
    """Exercise 3: by how many users is the largest quadrant ahead of the next one under the
    users-weighted mean?"""
    first, second, runner_up = margin_of("mean, weighted by users")
    right = first - second
    m_first, m_second, _ = margin_of("median, weighted by users")
    median_margin = m_first - m_second

    def check(answer: Any) -> str | None:
        value = _number(answer)
        if value is None:
            return tr("Give a number of users (no quotes).")
        if value == right:
            return None
        if value == -right:
            return tr("The sign is flipped: take the largest minus the second largest.")
        if value == first:
            return tr(
                "{first:,} is the size of the largest quadrant; subtract the next one.",
                first=first,
            )
        if value == second:
            return Mistake(
                tr(
                    "{second:,} is the size of the runner-up ({runner_up}); the question asks "
                    "for the difference.",
                    second=second,
                    runner_up=quadrant.quadrant_label(runner_up),
                ),
                hint=tr("ranked.iloc[0] - ranked.iloc[1]"),
            )
        if value == median_margin:
            return Mistake(
                tr(
                    "{margin} is the margin under the weighted *median*; use the column "
                    "'mean, weighted by users'.",
                    margin=median_margin,
                ),
                hint=tr("by_rule['mean, weighted by users']"),
            )
        return _too(value, right)

    return Exercise(
        "Exercise 3",
        check,
        expects="number",
        solution=right,
        hints=[
            tr("Take the column 'mean, weighted by users' of `by_rule`."),
            tr("Sort it from largest to smallest: `.sort_values(ascending=False)`."),
            tr("Subtract the second value from the first: `ranked.iloc[0] - ranked.iloc[1]`."),
        ],
        success=tr(
            "{right:,} users ahead of {runner_up} ({second:,}), against only {median_margin} "
            "under the weighted median. 'Largest' depends on the rule; that the same people are "
            "in action needed under every rule, with a large gap, does not.",
            right=right,
            runner_up=quadrant.quadrant_label(runner_up),
            second=second,
            median_margin=median_margin,
        ),
    )


# ---- exercise 4 (stretch) ------------------------------------------------------------------


def _too(value: float, right: float) -> str:
    """The verdict on a number that is simply wrong: too high or too low."""
    if value > right:
        return tr("{value:g} is too high.", value=value)
    return tr("{value:g} is too low.", value=value)


def own_steps() -> list[str]:
    """The stretch exercise's steps, as hints in the learner's language (a missing column's
    verdict points at its step)."""
    return [
        tr(
            "Step 1, the Mass users with their age band and region: "
            "demo = per_user.join(users.set_index('user_id')[['age_band', 'region']]); "
            "demo = demo[demo['situation'].astype(str).isin(combinations.MASS)].copy(); "
            "demo['segment'] = segments.combine(demo, ['age_band', 'region'])"
        ),
        tr(
            "Step 2, one row per cell: my_segs = demo.groupby('segment').agg(users=('rides', "
            "'size'), attempts=('attempts', 'mean'), rides=('rides', 'mean')).reset_index()"
        ),
        tr(
            "Step 3, the quadrant of each: my_placed = quadrant.place(my_segs, 'attempts', 'rides')"
        ),
    ]


def _demo_problem(answer: Any) -> str | None:
    if not isinstance(answer, pd.DataFrame):
        return tr(
            "Give the placed table (a DataFrame from `quadrant.place(...)`), not {kind}.",
            kind=type(answer).__name__,
        )
    df = answer.reset_index() if "segment" not in answer.columns else answer
    missing = [
        c for c in ("segment", "users", "attempts", "rides", "quadrant") if c not in df.columns
    ]
    if missing:
        step = own_steps()[2] if missing == ["quadrant"] else own_steps()[1]
        return Mistake(
            tr(
                "The table needs the columns segment, users, attempts, rides and quadrant; "
                "missing: {missing}.",
                missing=", ".join(missing),
            ),
            hint=step,
        )
    truth = demographic_table().set_index("segment")
    mine = df.set_index(df["segment"].astype(str))
    if set(mine.index) != set(truth.index):
        return Mistake(
            tr(
                "Expected the {n} age band x region cells (labels like {example!r}); got "
                "{rows} rows with other labels.",
                n=len(truth),
                example=truth.index[0],
                rows=len(mine),
            ),
            hint=own_steps()[0],
        )
    n_users = pd.to_numeric(mine["users"], errors="coerce").reindex(truth.index)
    if int(n_users.sum()) != int(truth["users"].sum()):
        return Mistake(
            tr(
                "Your cells hold {got:,} users; the Mass users of the search stage are "
                "{want:,}. Start from `per_user` and keep the Mass situations only.",
                got=int(n_users.sum()),
                want=int(truth["users"].sum()),
            ),
            hint=own_steps()[0],
        )
    for col in ("users", "attempts", "rides"):
        got = pd.to_numeric(mine[col], errors="coerce").reindex(truth.index)
        bad = (got - truth[col]).abs() > 1e-6 * truth[col].abs().clip(lower=1)
        if bad.any():
            seg = bad.idxmax()
            return _wrong_value(col, seg, got[seg], truth.loc[seg, col])
    expected = quadrant.place(truth.reset_index(), "attempts", "rides").set_index("segment")
    if not (
        mine["quadrant"].astype(str).reindex(truth.index) == expected["quadrant"].astype(str)
    ).all():
        return Mistake(
            tr("The quadrant column does not match the median rule."), hint=own_steps()[2]
        )
    return None


def _wrong_value(col: str, seg: str, got: float, want: float) -> str:
    """The verdict on a cell whose users, attempts or rides differ from the data."""
    if col == "users":
        return tr(
            "The users of {seg!r} is {got:g}, but the data gives {want:g}. Use the days 60-240 "
            "counts of `per_user` and the mean per cell.",
            seg=seg,
            got=got,
            want=want,
        )
    if col == "attempts":
        return tr(
            "The attempts per user of {seg!r} is {got:g}, but the data gives {want:g}. Use the "
            "days 60-240 counts of `per_user` and the mean per cell.",
            seg=seg,
            got=got,
            want=want,
        )
    return tr(
        "The rides per user of {seg!r} is {got:g}, but the data gives {want:g}. Use the "
        "days 60-240 counts of `per_user` and the mean per cell.",
        seg=seg,
        got=got,
        want=want,
    )


@register
def demographic_cut() -> Exercise:
    """Exercise 4 (stretch): place age band x region on the same users and windows."""
    return Exercise(
        "Exercise 4",
        _demo_problem,
        hints=own_steps(),
        success=tr(
            "Placed. Now compare: how far do its bubbles sit from the cut-offs, and does "
            "the largest quadrant survive the four rules? (The cells below show it.)"
        ),
    )
