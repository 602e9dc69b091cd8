"""Everyday product metrics from an event log: counts per user, monthly series, DAU/WAU/MAU.

Every function takes an event log (one row per event) and the names of its columns, so the
same calls work on any log with a user, a timestamp and an event column.

>>> import pandas as pd
>>> log = pd.DataFrame({"user_id": [1, 1, 2],
...                     "timestamp": pd.to_datetime(["2024-01-03", "2024-02-01", "2024-02-05"]),
...                     "event": ["app_open", "return", "app_open"]})
>>> monthly_counts(log, ["app_open"])["app_open"].tolist()
[1, 1]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from helpers import validate
from helpers.i18n import tr


def per_user_counts(
    log: pd.DataFrame,
    counts: Mapping[str, str],
    *,
    user_col: str = "user_id",
    event_col: str = "event",
    users: Sequence | None = None,
) -> pd.DataFrame:
    """Count chosen events per user: one row per user, one column per entry of ``counts``.

    ``counts`` maps an output column name to an event name, e.g.
    ``{"attempts": "reservation_attempt", "rides": "return"}``. Pass ``users`` to include users
    with no such events (they get 0).

    >>> log = pd.DataFrame({"user_id": [1, 1, 2], "event": ["a", "b", "a"]})
    >>> per_user_counts(log, {"n_a": "a", "n_b": "b"}).to_dict("list")
    {'n_a': [1, 1], 'n_b': [1, 0]}
    """
    func = "per_user_counts"
    validate.frame(log, func)
    validate.columns(log, [user_col, event_col], func)
    validate.events_known(log, event_col, list(counts.values()), func)
    if users is not None:
        index = pd.Index(list(users), name=user_col)
    else:
        index = pd.Index(pd.unique(log[user_col]), name=user_col).sort_values()
    out = pd.DataFrame(index=index)
    events = log[event_col]
    for name, event in counts.items():
        per_user = log.loc[(events == event).to_numpy(), user_col].value_counts()
        out[name] = per_user.reindex(index, fill_value=0).astype("int64").to_numpy()
    return out


def monthly_counts(
    log: pd.DataFrame,
    names: Sequence[str],
    *,
    user_col: str = "user_id",
    time_col: str = "timestamp",
    event_col: str = "event",
    unique_users: bool = False,
) -> pd.DataFrame:
    """Events per calendar month, one column per event name (or unique users doing it).

    The index is the month (a ``Period``); months with none of an event show 0.

    >>> log = pd.DataFrame({"user_id": [1, 1], "event": ["x", "x"],
    ...                     "timestamp": pd.to_datetime(["2024-01-01", "2024-01-09"])})
    >>> monthly_counts(log, ["x"], unique_users=True)["x"].tolist()
    [1]
    """
    func = "monthly_counts"
    validate.event_log(log, user_col, time_col, event_col, func)
    if isinstance(names, str):
        names = [names]
    validate.events_known(log, event_col, names, func)
    month = log[time_col].dt.to_period("M")
    all_months = pd.period_range(month.min(), month.max(), freq="M", name="month")
    out = pd.DataFrame(index=all_months)
    for name in names:
        mask = (log[event_col] == name).to_numpy()
        if unique_users:
            series = log.loc[mask, user_col].groupby(month[mask]).nunique()
        else:
            series = month[mask].value_counts()
        out[name] = series.reindex(all_months, fill_value=0).astype("int64").to_numpy()
    return out


def active_users(
    log: pd.DataFrame,
    *,
    freq: str = "M",
    user_col: str = "user_id",
    time_col: str = "timestamp",
    event_col: str | None = None,
    names: Sequence[str] | None = None,
) -> pd.Series:
    """Unique active users per day (``freq="D"``), week (``"W"``) or month (``"M"``).

    Pass ``names`` (with ``event_col``) to count only users who did those events - e.g. a
    car-sharing app may call a user active only when they search or ride, not when they open
    a push notification.

    >>> log = pd.DataFrame({"user_id": [1, 2, 1],
    ...                     "timestamp": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-01-02"])})
    >>> active_users(log, freq="D").tolist()
    [2, 1]
    """
    func = "active_users"
    validate.event_log(log, user_col, time_col, event_col, func)
    validate.choice(freq, ["D", "W", "M"], "freq", func)
    data = log
    if names is not None:
        if event_col is None:
            raise ValueError(tr("{func}(): pass event_col= together with names=.", func=func))
        validate.events_known(log, event_col, list(names), func)
        data = log[log[event_col].isin(list(names))]
    period = data[time_col].dt.to_period(freq)
    full = pd.period_range(log[time_col].min(), log[time_col].max(), freq=freq)
    counts = data[user_col].groupby(period).nunique()
    out = counts.reindex(full, fill_value=0).astype("int64")
    out.index.name = {"D": "day", "W": "week", "M": "month"}[freq]
    out.name = {"D": "DAU", "W": "WAU", "M": "MAU"}[freq]
    return out


def stickiness(
    log: pd.DataFrame,
    *,
    short: str = "D",
    long: str = "M",
    user_col: str = "user_id",
    time_col: str = "timestamp",
) -> pd.Series:
    """Average short-period actives over long-period actives, per long period (e.g. DAU/MAU).

    1.0 would mean every monthly user comes every day. What is "good" depends on how often the
    product is *meant* to be used: a car-sharing app used twice a month is healthy at a low
    DAU/MAU.

    >>> log = pd.DataFrame({"user_id": [1, 2, 1],
    ...                     "timestamp": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-01-02"])})
    >>> float(stickiness(log).iloc[0])  # DAU 2 then 1 (mean 1.5) over MAU 2
    0.75
    """
    func = "stickiness"
    validate.event_log(log, user_col, time_col, None, func)
    validate.choice((short, long), [("D", "M"), ("W", "M"), ("D", "W")], "(short, long)", func)
    small = active_users(log, freq=short, user_col=user_col, time_col=time_col)
    big = active_users(log, freq=long, user_col=user_col, time_col=time_col)
    small_by_big = small.groupby(small.index.to_timestamp().to_period(long)).mean()
    out = (small_by_big.reindex(big.index) / big.where(big > 0)).rename(f"{small.name}/{big.name}")
    return out
