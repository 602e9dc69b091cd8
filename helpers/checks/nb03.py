"""Checkers for notebook 03 (segmentation).

Each function returns an :class:`~helpers.exercises.Exercise`. Right answers are computed
here from the committed data with the course helpers, never typed in.

>>> ex = specific_at_10()
>>> ex.check(..., quiet=True).status
'unanswered'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from helpers import data, metrics, segments
from helpers.exercises import Exercise, register

#: The category columns notebook 03 sizes, in the order it shows them.
CATEGORIES = ["membership", "member_type", "card_status", "licence_status", "age_band", "region"]
#: The search actions whose first use hints at the customer's job to be done.
JOBS = ["time_set", "car_type_filter", "zone_click"]
COUNTS = {"attempts": "reservation_attempt", "reservations": "reservation", "rides": "return"}


def category_sizes(
    users: pd.DataFrame, categories: Sequence[str] = CATEGORIES, *, mass_share: float = 0.15
) -> pd.DataFrame:
    """:func:`helpers.segments.segment_sizes` for several category columns in one table, with a
    ``label`` such as ``'card_status: failed'`` (segment names repeat across categories).

    >>> t = category_sizes(data.load_users(), ["member_type"])
    >>> t["label"].tolist()
    ['member_type: individual', 'member_type: corporate']
    """
    if isinstance(categories, str):
        categories = [categories]
    parts = [
        segments.segment_sizes(users, c, mass_share=mass_share).assign(category=c)
        for c in categories
    ]
    out = pd.concat(parts, ignore_index=True)
    out["label"] = out["category"] + ": " + out["segment"].astype(str)
    return out[["category", "segment", "label", "users", "share", "kind"]]


def user_table() -> pd.DataFrame:
    """One row per user: attributes, counts of attempts, reservations and completed rides, and
    whether the user ever reported an accident."""
    events, users = data.load_events(), data.load_users()
    counts = metrics.per_user_counts(events, COUNTS, users=users["user_id"])
    u = users.set_index("user_id").join(counts)
    reporters = set(events.loc[events["event"] == "accident_report", "user_id"])
    u["accident_reporter"] = u.index.isin(reporters)
    return u


def _norm(x: Any) -> str:
    return " ".join(str(x).strip().lower().split())


# ---- exercise 1: Specific at 10% ----------------------------------------------------------


@register
def specific_at_10() -> Exercise:
    """Exercise 1 (easy): the labels of the Specific segments at a 10% threshold."""
    sizes = category_sizes(data.load_users(), mass_share=0.10)
    right = {_norm(x) for x in sizes.loc[sizes["kind"] == "Specific", "label"]}
    share = {_norm(r.label): r.share for r in sizes.itertuples()}
    bare = {_norm(s) for s in sizes["segment"]}

    def check(answer: Any) -> str | None:
        if isinstance(answer, str) or not hasattr(answer, "__iter__"):
            return "Give a list of labels, e.g. ['card_status: failed', ...]."
        got = {_norm(x) for x in answer}
        if got == right:
            return None
        unknown = sorted(g for g in got if g not in share)
        if unknown:
            if any(g in bare for g in unknown):
                return (
                    f"Use the labels from the `label` column (e.g. 'card_status: failed'), "
                    f"not bare segment names like {unknown[0]!r}: 'pending' is in two categories."
                )
            return f"{unknown[0]!r} is not a label in the sizes table."
        extra = sorted(got - right)
        if extra:
            e = extra[0]
            return f"{e!r} holds {share[e]:.1%} of users: at a 10% threshold that is Mass."
        missing = right - got
        return f"{len(missing)} Specific segment(s) are missing."

    return Exercise(
        "Specific at 10%",
        check,
        solution=sorted(right),
        hints=[
            "Move the slider to 0.10, or call "
            "checks.category_sizes(users, checks.CATEGORIES, mass_share=0.10).",
            "Keep the rows where kind == 'Specific' and take their `label` column as a list.",
            "sizes10 = checks.category_sizes(users, checks.CATEGORIES, mass_share=0.10); "
            "sizes10.loc[sizes10['kind'] == 'Specific', 'label'].tolist()",
        ],
        success=(
            "A lower threshold makes more segments Mass: 45+ (just over 10%) and Busan move over. "
            "The line is a choice; say which one you used."
        ),
    )


# ---- exercise 2: the Specific segment that converts worst --------------------------------


def specific_masks(u: pd.DataFrame) -> dict[str, pd.Series]:
    """The three Specific segments of notebook 03 as boolean masks over the user table."""
    return {
        "card_status: failed": u["card_status"] == "failed",
        "licence_status: on_hold": u["licence_status"] == "on_hold",
        "accident reporters": u["accident_reporter"],
    }


def conversion(u: pd.DataFrame) -> float:
    """Attempt -> reservation conversion of a group of users (reservations / attempts)."""
    return float(u["reservations"].sum() / u["attempts"].sum())


@register
def worst_specific() -> Exercise:
    """Exercise 2 (medium): the Specific segment with the lowest attempt -> reservation rate."""
    u = user_table()
    rates = {name: conversion(u[mask]) for name, mask in specific_masks(u).items()}
    right = min(rates, key=rates.get)
    overall = conversion(u)

    def check(answer: Any) -> str | None:
        if not isinstance(answer, str):
            return f"Answer with one of the names in quotes: {', '.join(map(repr, rates))}."
        a = _norm(answer)
        if a == _norm(right):
            return None
        match = [k for k in rates if _norm(k) == a]
        if not match:
            return f"{answer!r} is not one of {', '.join(map(repr, rates))}."
        rate = rates[match[0]]
        if rate > overall:
            return (
                f"{match[0]}: converts {rate:.0%} of attempts, *above* the {overall:.0%} average "
                "(over their whole life; see below)."
            )
        return (
            f"{match[0]}: converts {rate:.0%} of attempts; another Specific segment converts less."
        )

    return Exercise(
        "worst Specific segment",
        check,
        solution=right,
        hints=[
            "Do for each segment what the cell above did for failed cards: reservations / attempts.",
            "u[u['licence_status'] == 'on_hold'] and u[u['accident_reporter']] give the other two.",
            "Compare the three numbers; one of them is exactly 0%.",
        ],
        success=(
            "Nobody with a licence on hold gets a reservation: the licence check blocks every "
            "attempt. That is not a product pain point but a rule - and a message to design."
        ),
    )


# ---- exercise 3: the Mass x element combination with most of the north star --------------


def ride_share_by_combination(u: pd.DataFrame, cols: Sequence[str]) -> pd.Series:
    """Each combination's share of all completed rides (the north star)."""
    label = segments.combine(u, list(cols))
    return u["rides"].groupby(label).sum() / u["rides"].sum()


@register
def top_combination() -> Exercise:
    """Exercise 3 (medium): member_type x experience with the largest share of rides."""
    u = user_table()
    u["experience"] = segments.experience_element(u)
    share = ride_share_by_combination(u, ["member_type", "experience"])
    right = str(share.idxmax())
    biggest = str(segments.combine(u, ["member_type", "experience"]).value_counts().idxmax())
    options = {_norm(k): k for k in share.index}

    def check(answer: Any) -> str | None:
        if not isinstance(answer, str):
            return "Answer with a combination label in quotes, e.g. 'corporate x below average'."
        a = _norm(answer)
        if a == _norm(right):
            return None
        if a not in options:
            first = a.split(" x ")[0]
            member_types = {_norm(v) for v in u["member_type"].astype(str).unique()}
            other = [
                c
                for c in u.columns
                if c != "member_type"
                and u[c].dtype in (object, "category", "string", "str")
                and first in {_norm(v) for v in u[c].astype(str).unique()}
            ]
            if " x " in a and first not in member_types and other:
                return (
                    f"{first!r} is a value of {other[0]!r}, not a member type: the labels here "
                    f"are member_type ({' / '.join(sorted(member_types))}) x experience, e.g. "
                    "'corporate x below average'."
                )
            return (
                f"{answer!r} is not a combination label; labels look like "
                f"'corporate x below average' (member type x experience)."
            )
        name = options[a]
        if name == biggest:
            return (
                f"{name!r} is the largest by *users*, but it holds {share[name]:.0%} of the "
                "rides: size is not impact."
            )
        return (
            f"{name!r} holds {share[name]:.0%} of the completed rides; one combination holds more."
        )

    return Exercise(
        "top combination",
        check,
        solution=right,
        hints=[
            "Make the labels with segments.combine(u, ['member_type', 'experience']).",
            "Group the rides column by those labels, sum, and divide by u['rides'].sum().",
            "share.idxmax() gives the label with the largest share.",
        ],
        success="Individual above-average riders carry most of Bomcar's north star.",
    )


# ---- exercise 4: the job least often solved in the first visit ---------------------------


def solved_in_first_visit(events: pd.DataFrame, users: pd.Index | None = None) -> pd.DataFrame:
    """Per user with a job: the job (first action among :data:`JOBS`) and whether the visit
    (session) of that first action ended in a reservation."""
    jobs = events[events["event"].isin(JOBS)].sort_values("timestamp", kind="stable")
    first = jobs.groupby("user_id").first()[["session_id", "event"]]
    first["event"] = first["event"].astype(str)
    reserved = set(events.loc[events["event"] == "reservation", "session_id"])
    first["solved"] = first["session_id"].isin(reserved)
    return first.rename(columns={"event": "job"})


@register
def least_solved_job() -> Exercise:
    """Exercise 4 (stretch): the job least often solved in the first visit."""
    table = solved_in_first_visit(data.load_events())
    rate = table.groupby("job")["solved"].mean()
    right = str(rate.idxmin())

    def check(answer: Any) -> str | None:
        if not isinstance(answer, str):
            return f"Answer with a first action in quotes, one of {', '.join(JOBS)}."
        a = answer.strip().lower()
        if a == right:
            return None
        if a == "none":
            return "'none' users never searched: they have no job to solve here. Leave them out."
        if a not in rate.index:
            return f"{answer!r} is not one of the jobs: {', '.join(JOBS)}."
        return f"{a!r} users reserve in their first visit {rate[a]:.0%} of the time; another job is lower."

    return Exercise(
        "least solved job",
        check,
        solution=right,
        hints=[
            "Step 1, each user's first job action and its visit: "
            "jobs = events[events['event'].isin(checks.JOBS)]; "
            "firsts = jobs.groupby('user_id')[['session_id', 'event']].first()",
            "Step 2, mark the visits that ended in a reservation: "
            "reserved = set(events.loc[events['event'] == 'reservation', 'session_id']); "
            "firsts['solved'] = firsts['session_id'].isin(reserved)",
            "Step 3, the share solved per job, and the lowest: "
            "by_job = firsts.groupby('event')['solved'].mean(); least_solved = by_job.idxmin()",
        ],
        success=(
            "Customers who start by setting a time rarely get their job done on the first visit: "
            "they need to come back. That is where retention work - and the product fix - pays."
        ),
    )
