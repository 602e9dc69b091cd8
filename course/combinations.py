"""Mass x element combinations: the candidate customers that go on the quadrant.

The method (notebooks 03-04) in three steps, each a function here:

1. :func:`mass_situation` - each user's situation. **Mass** situations are ordinary ones
   that many customers are in (a pay-per-ride member, a subscriber, a corporate member, an
   associate member whose card or licence is still pending); **Specific** situations are
   unusual (a card that failed its check, a licence on hold).
2. :func:`window_counts` - events per user in a window of days since each user's sign-up,
   so the customer element (experience frequency) is measured on the *early* period and the
   quadrant's attempts and rides on the period *after* it: the placement is not circular.
3. :func:`combination_users` / :func:`combination_table` - one row per user in the search
   stage with situation, element and later counts; then one row per Mass x element
   combination with its users and mean attempts and rides, ready for
   :func:`helpers.quadrant.place`.

>>> import pandas as pd
>>> users = pd.DataFrame({"user_id": [1, 2], "member_type": ["individual", "corporate"],
...     "membership": ["none", "none"], "card_status": ["registered", "registered"],
...     "licence_status": ["verified", "verified"]})
>>> mass_situation(users).tolist()
['pay-per-ride member', 'corporate member']
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from helpers import validate
from helpers.segments import EXPERIENCE_LEVELS, experience_element

#: Days from sign-up that make up the early period (the customer element is measured here).
EARLY_DAYS = 60
#: Days after the early period over which the quadrant counts attempts and completed rides.
LATER_DAYS = 180
#: A combination with fewer users is listed but not placed: its means swing by chance.
MIN_USERS = 100
#: The events that show a user searched (the search/browse stage of the journey).
SEARCH_EVENTS = ("time_set", "zone_click", "car_view")

MASS = ["pay-per-ride member", "subscriber", "corporate member", "associate member"]
SPECIFIC = ["card failed", "licence on hold"]


def mass_situation(users: pd.DataFrame) -> pd.Series:
    """Each user's situation, one label per row (same index as ``users``).

    Specific first (a failed card, a licence on hold), then the Mass situations: an associate
    member (card or licence still pending), a corporate member, a subscriber, else a
    pay-per-ride member. Needs the columns ``card_status``, ``licence_status``,
    ``member_type`` and ``membership``. Labels are in :data:`MASS` and :data:`SPECIFIC`.
    """
    func = "mass_situation"
    validate.frame(users, func)
    validate.columns(users, ["card_status", "licence_status", "member_type", "membership"], func)
    card = users["card_status"].astype("object")
    licence = users["licence_status"].astype("object")
    label = np.select(
        [
            card == "failed",
            licence == "on_hold",
            (card == "pending") | (licence == "pending"),
            users["member_type"].astype("object") == "corporate",
            users["membership"].astype("object") == "subscriber",
        ],
        [SPECIFIC[0], SPECIFIC[1], MASS[3], MASS[2], MASS[1]],
        default=MASS[0],
    )
    return pd.Series(
        pd.Categorical(label, categories=MASS + SPECIFIC), index=users.index, name="situation"
    )


def window_counts(
    log: pd.DataFrame,
    counts: Mapping[str, str],
    start: pd.Series,
    days: tuple[float, float],
    *,
    user_col: str = "user_id",
    time_col: str = "timestamp",
    event_col: str = "event",
) -> pd.DataFrame:
    """Events per user in a window of days since each user's start (e.g. sign-up).

    ``start`` maps user id (its index) to a timestamp; ``days = (lo, hi)`` is half-open:
    an event at ``start + lo`` days counts, one at ``start + hi`` days does not. Returns one
    row per user of ``start`` (index user id), one int column per entry of ``counts``
    (output name -> event name); 0 if the user had none. The log is not changed.

    >>> log = pd.DataFrame({"user_id": [1, 1, 1], "event": ["ride"] * 3,
    ...     "timestamp": pd.to_datetime(["2024-01-02", "2024-01-30", "2024-03-15"])})
    >>> start = pd.Series(pd.to_datetime(["2024-01-01"]), index=[1])
    >>> window_counts(log, {"rides": "ride"}, start, (0, 60))["rides"].tolist()
    [2]
    """
    func = "window_counts"
    validate.event_log(log, user_col, time_col, event_col, func)
    validate.events_known(log, event_col, list(counts.values()), func)
    lo, hi = days
    if not lo < hi:
        raise ValueError(f"{func}(): days must be (lo, hi) with lo < hi, got {days!r}.")
    if not pd.api.types.is_datetime64_any_dtype(start):
        raise TypeError(f"{func}(): start must hold timestamps (one per user), got {start.dtype}.")
    names = list(counts.values())
    data = log.loc[log[event_col].isin(names).to_numpy(), [user_col, time_col, event_col]]
    since = data[user_col].map(start)
    age = (data[time_col] - since) / pd.Timedelta(days=1)
    data = data[((age >= lo) & (age < hi)).to_numpy()]
    index = pd.Index(start.index, name=user_col)
    out = pd.DataFrame(index=index)
    for name, event in counts.items():
        n = data.loc[(data[event_col] == event).to_numpy(), user_col].value_counts()
        out[name] = n.reindex(index, fill_value=0).astype("int64").to_numpy()
    return out


def combination_users(
    events: pd.DataFrame,
    users: pd.DataFrame,
    *,
    early_days: int = EARLY_DAYS,
    later_days: int = LATER_DAYS,
    end: pd.Timestamp | str | None = None,
) -> pd.DataFrame:
    """One row per user in the search stage whose later window is over by ``end``.

    Index ``user_id``. Columns: ``situation`` (:func:`mass_situation`), ``early_attempts``,
    ``early_reservations``, ``early_rides`` (first ``early_days`` days),
    ``experience`` (the element, from the early counts; average = the mean early rides of
    these users), ``combination`` ("situation x experience"), and ``attempts`` /
    ``rides`` (reservation attempts and completed rides in the ``later_days`` days after).
    Users in the search stage: at least one search event in the early period. ``end``
    defaults to the day after the log's last event. Specific situations are kept (filter
    them with ``situation.isin(MASS)``).
    """
    func = "combination_users"
    validate.event_log(events, "user_id", "timestamp", "event", func)
    validate.frame(users, func)
    validate.columns(users, ["user_id", "signup_at"], func)
    end = (
        events["timestamp"].max().normalize() + pd.Timedelta(days=1)
        if end is None
        else pd.Timestamp(end)
    )
    u = users.set_index("user_id")
    start = u["signup_at"]
    complete = start + pd.Timedelta(days=early_days + later_days) <= end
    start = start[complete]
    early = window_counts(
        events,
        {
            "early_attempts": "reservation_attempt",
            "early_reservations": "reservation",
            "early_rides": "return",
        },
        start,
        (0, early_days),
    )
    searched = window_counts(
        events[events["event"].isin(SEARCH_EVENTS)].assign(event="search"),
        {"search": "search"},
        start,
        (0, early_days),
    )["search"]
    later = window_counts(
        events,
        {"attempts": "reservation_attempt", "rides": "return"},
        start,
        (early_days, early_days + later_days),
    )
    out = pd.DataFrame({"situation": mass_situation(u.loc[start.index])})
    out = out.join(early).join(later)
    out = out[(searched > 0).to_numpy()]
    out["experience"] = experience_element(
        out, reservations_col="early_reservations", rides_col="early_rides"
    )
    out["combination"] = out["situation"].astype(str) + " x " + out["experience"].astype(str)
    return out[
        [
            "situation",
            "early_attempts",
            "early_reservations",
            "early_rides",
            "experience",
            "combination",
            "attempts",
            "rides",
        ]
    ]


def combination_table(per_user: pd.DataFrame, *, min_users: int = MIN_USERS) -> pd.DataFrame:
    """One row per Mass x element combination: ``segment``, ``situation``, ``experience``,
    ``users``, and mean ``attempts`` and ``rides`` per user (the table
    :func:`helpers.quadrant.place` takes). Specific situations are left out; combinations
    with fewer than ``min_users`` users are left out too and listed in
    ``result.attrs["too_small"]`` (segment -> users).
    """
    func = "combination_table"
    validate.frame(per_user, func)
    validate.columns(per_user, ["situation", "experience", "attempts", "rides"], func)
    mass = per_user[per_user["situation"].astype(str).isin(MASS)]
    table = (
        mass.groupby(["situation", "experience"])
        .agg(users=("attempts", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
        .reset_index()
    )
    table.insert(
        0, "segment", table["situation"].astype(str) + " x " + table["experience"].astype(str)
    )
    table["situation"] = table["situation"].astype(str)
    table["experience"] = pd.Categorical(
        table["experience"].astype(str), categories=EXPERIENCE_LEVELS
    )
    small = table["users"] < min_users
    out = table[~small].sort_values("users", ascending=False, kind="stable")
    out = out.reset_index(drop=True)
    out.attrs["too_small"] = dict(
        zip(table.loc[small, "segment"], table.loc[small, "users"].astype(int), strict=True)
    )
    return out
