"""Checkers for notebook 03 (segmentation).

Each function returns an :class:`~course.exercises.Exercise`. Right answers are computed
here from the committed data with the course helpers, never typed in.

>>> ex = mass_or_specific()
>>> ex.check(..., quiet=True).status
'unanswered'
"""

from __future__ import annotations

import functools
from typing import Any

import pandas as pd

from course import combinations, data
from course.exercises import Exercise, Mistake, register
from helpers import metrics
from helpers.i18n import tr

COUNTS = {"attempts": "reservation_attempt", "reservations": "reservation", "rides": "return"}
#: The job of a first ride that is a van picked with the car-type filter.
MOVE_JOB = "one-off move (van)"
#: Every other first ride.
EVERYDAY_JOB = "everyday trip"
#: Days after a first ride in which a second ride counts as coming back.
REPEAT_DAYS = 90


@functools.cache
def _user_table() -> pd.DataFrame:
    events, users = data.load_events(), data.load_users()
    counts = metrics.per_user_counts(events, COUNTS, users=users["user_id"])
    u = users.set_index("user_id").join(counts)
    u["situation"] = combinations.mass_situation(u)
    reporters = set(events.loc[events["event"] == "accident_report", "user_id"])
    u["accident_reporter"] = u.index.isin(reporters)
    return u


def user_table() -> pd.DataFrame:
    """One row per user (index ``user_id``): attributes, ``situation``, counts of attempts,
    reservations and completed rides, and whether the user ever reported an accident."""
    return _user_table().copy()


def _norm(x: Any) -> str:
    return " ".join(str(x).strip().lower().split())


# ---- exercise 1: Mass or Specific, by situation -------------------------------------------

#: The method's answer: an ordinary situation is Mass, an unusual one Specific.
KINDS = {
    "associate member": "Mass",
    "corporate member": "Mass",
    "card failed": "Specific",
    "licence on hold": "Specific",
    "accident reporter": "Specific",
}


def _why(situation: str, share: float) -> str:
    """Why ``situation`` is Mass or Specific (the verdict on a wrong sort)."""
    name = repr(situation)
    if situation == "associate member":
        return tr(
            "{name}: a card or licence still pending is an ordinary step every new customer "
            "passes through: Mass, even though the group is small ({share:.1%} of users). Sort "
            "by the situation, not by a share cut-off.",
            name=name,
            share=share,
        )
    why = {
        "corporate member": tr(
            "{name}: riding on a company account is an ordinary situation: Mass.", name=name
        ),
        "card failed": tr(
            "{name}: a card that failed its check is an unusual situation: Specific.", name=name
        ),
        "licence on hold": tr(
            "{name}: a licence on hold is an unusual situation: Specific.", name=name
        ),
        "accident reporter": tr(
            "{name}: an accident is an unusual situation: Specific.", name=name
        ),
    }
    return why[situation]


@register
def mass_or_specific() -> Exercise:
    """Exercise 1 (easy): sort five situations into Mass or Specific by the method."""
    u = _user_table()
    share = float((u["situation"] == "associate member").mean())

    def check(answer: Any) -> str | None:
        if not isinstance(answer, dict):
            return tr("Answer with a dict: situation -> 'Mass' or 'Specific'.")
        got = {_norm(k): _norm(v) for k, v in answer.items()}
        missing = [k for k in KINDS if k not in got]
        if missing:
            return tr(
                "The dict needs all five situations; missing: {missing}.",
                missing=", ".join(missing),
            )
        unanswered = [k for k in KINDS if got[k] in ("ellipsis", "none", "...")]
        if unanswered:
            return tr("Fill in {name!r} with 'Mass' or 'Specific'.", name=unanswered[0])
        bad = [k for k in KINDS if got[k] not in ("mass", "specific")]
        if bad:
            return tr(
                "{name!r}: answer 'Mass' or 'Specific', not {value!r}.",
                name=bad[0],
                value=answer_of(answer, bad[0]),
            )
        wrong = [k for k in KINDS if got[k] != KINDS[k].lower()]
        if not wrong:
            return None
        k = wrong[0]
        return Mistake(
            _why(k, share),
            hint=tr("Ask 'ordinary or unusual?', never 'big or small?'."),
        )

    return Exercise(
        "Mass or Specific",
        check,
        solution=dict(KINDS),
        hints=[
            tr("Mass = an ordinary situation many customers are in; Specific = an unusual one."),
            tr("A pending card or licence is a step in signing up, not an accident."),
            tr("Two are Mass (associate member, corporate member), three Specific."),
        ],
        success=tr(
            "Sorted by situation. Size comes next: the associate members are small but Mass; "
            "a Specific segment is small *because* its situation is unusual."
        ),
    )


def answer_of(answer: dict, key: str) -> Any:
    """The learner's value for ``key`` (matched without case or extra spaces)."""
    for k, v in answer.items():
        if _norm(k) == key:
            return v
    return None


# ---- exercise 2: the Specific segment that converts worst --------------------------------


def specific_masks(u: pd.DataFrame) -> dict[str, pd.Series]:
    """The three Specific segments of notebook 03 as boolean masks over the user table
    (columns ``situation`` and ``accident_reporter``)."""
    situation = u["situation"].astype(str)
    return {
        "card failed": situation == "card failed",
        "licence on hold": situation == "licence on hold",
        "accident reporter": u["accident_reporter"].astype(bool),
    }


def conversion(u: pd.DataFrame) -> float:
    """Attempt -> reservation conversion of a group of users (reservations / attempts)."""
    return float(u["reservations"].sum() / u["attempts"].sum())


@register
def worst_specific() -> Exercise:
    """Exercise 2 (medium): the Specific segment with the lowest attempt -> reservation rate."""
    u = _user_table()
    rates = {name: conversion(u[mask]) for name, mask in specific_masks(u).items()}
    right = min(rates, key=rates.get)
    overall = conversion(u)

    def check(answer: Any) -> str | None:
        if not isinstance(answer, str):
            return tr(
                "Answer with one of the names in quotes: {names}.",
                names=", ".join(map(repr, rates)),
            )
        a = _norm(answer)
        a = {"accident reporters": "accident reporter"}.get(a, a)  # the plural reads naturally
        if a == _norm(right):
            return None
        match = [k for k in rates if _norm(k) == a]
        if not match:
            return tr(
                "{answer!r} is not one of {names}.",
                answer=answer,
                names=", ".join(map(repr, rates)),
            )
        rate = rates[match[0]]
        if rate > overall:
            return tr(
                "{segment}: converts {rate:.0%} of attempts, *above* the {overall:.0%} average "
                "(over their whole life; see below).",
                segment=match[0],
                rate=rate,
                overall=overall,
            )
        return tr(
            "{segment}: converts {rate:.0%} of attempts; another Specific segment converts less.",
            segment=match[0],
            rate=rate,
        )

    return Exercise(
        "worst Specific segment",
        check,
        solution=right,
        hints=[
            tr("Read the `conversion` column of the `specific` table: reservations / attempts."),
            tr(
                "u[u['situation'] == 'licence on hold'] and u[u['accident_reporter']] give two "
                "of them."
            ),
            tr("Compare the three numbers; one of them is exactly 0%."),
        ],
        success=tr(
            "Nobody with a licence on hold gets a reservation: the licence check blocks every "
            "attempt. That is not a product pain point but a rule - and a message to design."
        ),
    )


# ---- exercise 3: the Mass x element combination with most of the north star --------------


@functools.cache
def _per_user() -> pd.DataFrame:
    return combinations.combination_users(data.load_events(), data.load_users())


def later_ride_share() -> pd.Series:
    """Each Mass x element combination's share of the completed rides of days 60-240."""
    pu = _per_user()
    mass = pu[pu["situation"].astype(str).isin(combinations.MASS)]
    return mass["rides"].groupby(mass["combination"]).sum() / mass["rides"].sum()


@register
def top_combination() -> Exercise:
    """Exercise 3 (medium): the Mass x element combination with the largest share of later
    completed rides."""
    share = later_ride_share()
    right = str(share.idxmax())
    pu = _per_user()
    mass = pu[pu["situation"].astype(str).isin(combinations.MASS)]
    biggest = str(mass["combination"].value_counts().idxmax())
    options = {_norm(k): k for k in share.index}

    def check(answer: Any) -> str | None:
        if not isinstance(answer, str):
            return tr(
                "Answer with a combination label in quotes, e.g. 'corporate member x below "
                "average'."
            )
        a = _norm(answer)
        if a == _norm(right):
            return None
        if a not in options:
            if a in {_norm(s) for s in combinations.SPECIFIC} or a.split(" x ")[0] in {
                _norm(s) for s in combinations.SPECIFIC
            }:
                return tr(
                    "{answer!r}: Specific situations are not combined; pick a Mass one.",
                    answer=answer,
                )
            return tr(
                "{answer!r} is not a combination label; labels look like "
                "'corporate member x below average' (situation x experience).",
                answer=answer,
            )
        name = options[a]
        if name == biggest:
            return Mistake(
                tr(
                    "{name!r} is the largest by *users*, but it holds {share:.0%} of the "
                    "later rides: size is not impact.",
                    name=name,
                    share=share[name],
                ),
                hint=tr("Sum the rides per combination, not the users."),
            )
        return tr(
            "{name!r} holds {share:.0%} of the later rides; one combination holds more.",
            name=name,
            share=share[name],
        )

    return Exercise(
        "top combination",
        check,
        solution=right,
        hints=[
            tr("Group the later `rides` of `mass` by `combination` and sum."),
            tr("Divide by mass['rides'].sum() to get shares."),
            tr("share.idxmax() gives the label with the largest share."),
        ],
        success=tr(
            "{combination} carries {share:.0%} of the later rides of the search stage.",
            combination=right,
            share=share[right],
        ),
    )


# ---- exercise 4: how often movers come back -----------------------------------------------


def first_ride_jobs(events: pd.DataFrame, rides: pd.DataFrame) -> pd.DataFrame:
    """One row per rider whose first ride is at least :data:`REPEAT_DAYS` days before the
    log's last event (index ``user_id``): ``first_return`` (time of the first completed ride),
    ``car_type``, ``job`` (:data:`MOVE_JOB` if that ride was a van and the user had filtered
    for vans before it, else :data:`EVERYDAY_JOB`) and ``repeat_90d`` (another ride returned
    within :data:`REPEAT_DAYS` days after the first). Inputs are not changed.

    >>> jobs = first_ride_jobs(data.load_events(), data.load_rides())
    >>> sorted(jobs["job"].unique())
    ['everyday trip', 'one-off move (van)']
    """
    r = rides.sort_values("return_at", kind="stable")
    first = r.groupby("user_id").agg(
        first_return=("return_at", "first"), car_type=("car_type", "first")
    )
    first["car_type"] = first["car_type"].astype(str)
    nxt = r.merge(first[["first_return"]], left_on="user_id", right_index=True)
    window = (nxt["return_at"] > nxt["first_return"]) & (
        nxt["return_at"] <= nxt["first_return"] + pd.Timedelta(days=REPEAT_DAYS)
    )
    again = set(nxt.loc[window.to_numpy(), "user_id"])
    is_van_filter = (events["event"] == "car_type_filter") & (
        events["car_type"].astype(str) == "van"
    )
    van_filter = events.loc[is_van_filter.to_numpy()].groupby("user_id")["timestamp"].min()
    filtered_first = first.index.map(van_filter) <= first["first_return"]
    move = (first["car_type"] == "van") & pd.Series(filtered_first, index=first.index).fillna(False)
    first["job"] = move.map({True: MOVE_JOB, False: EVERYDAY_JOB})
    first["repeat_90d"] = first.index.isin(again)
    end = events["timestamp"].max()
    return first[first["first_return"] + pd.Timedelta(days=REPEAT_DAYS) <= end]


@register
def move_repeat() -> Exercise:
    """Exercise 4 (stretch): the share of movers who ride again within 90 days."""
    jobs = first_ride_jobs(data.load_events(), data.load_rides())
    rate = jobs.groupby("job")["repeat_90d"].mean()
    right = float(rate[MOVE_JOB])
    everyday = float(rate[EVERYDAY_JOB])
    n_move = int((jobs["job"] == MOVE_JOB).sum())

    def check(answer: Any) -> str | None:
        if isinstance(answer, bool) or not isinstance(answer, int | float):
            try:
                answer = float(answer)
            except (TypeError, ValueError):
                return tr("Give a share between 0 and 1, e.g. 0.5 (no quotes).")
        if abs(answer - right) < 0.006:
            return None
        if abs(answer - 100 * right) < 0.6:
            return tr("That is a percentage; give the share between 0 and 1.")
        if abs(answer - everyday) < 0.006:
            return Mistake(
                tr("That is the everyday riders' share; the question asks about the movers."),
                hint=tr("Keep the rows whose job is {job!r}.", job=MOVE_JOB),
            )
        if answer == n_move:
            return tr("That is the number of movers; give the share of them who rode again.")
        if abs(answer - (1 - right)) < 0.006:
            return tr("That is the share who did *not* come back.")
        if answer > right:
            return tr("{answer:g} is too high.", answer=answer)
        return tr("{answer:g} is too low.", answer=answer)

    return Exercise(
        "movers come back",
        check,
        expects="number",
        solution=round(right, 3),
        hints=[
            tr(
                "Step 1, one row per rider with its job: "
                "jobs = checks.first_ride_jobs(events, rides)"
            ),
            tr("Step 2, the movers only: movers = jobs[jobs['job'] == {job!r}]", job=MOVE_JOB),
            tr(
                "Step 3, the share of True in repeat_90d: move_repeat = movers['repeat_90d'].mean()"
            ),
        ],
        success=tr(
            "{right:.0%} of movers ride again within 90 days, against {everyday:.0%} of "
            "everyday riders: the move is a job done in one visit. Retention work belongs with "
            "the everyday trip.",
            right=right,
            everyday=everyday,
        ),
    )
