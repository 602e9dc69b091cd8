"""Search sessions and the behaviours inside them: the raw material of behavioural cohorts.

A *search session* is an app session with at least one browse event (setting a time,
clicking a zone, looking at a car). :func:`search_sessions` gives one row per search session
with what the user did in it and whether it ended in a reservation:

* ``time_first`` - the session's first browse event is ``time_set`` (the user set the time on
  the map before looking at zones or cars);
* ``used_filter`` - the session has a ``car_type_filter`` event;
* ``zone_clicks`` / ``two_plus_zones`` - how many zones were clicked, and whether two or more;
* ``kept_car`` - the car type looked at equals the car type of the user's last completed ride
  (``<NA>`` if the user had no ride before, so the question does not apply);
* ``attempted`` / ``reserved`` - the session has a ``reservation_attempt`` / ``reservation``.

>>> import pandas as pd
>>> log = pd.DataFrame({
...     "user_id": [1, 1, 1, 1, 1, 1, 1],
...     "session_id": [1, 1, 1, 1, 2, 2, 2],
...     "timestamp": pd.to_datetime(["2024-01-01 10:00", "2024-01-01 10:01", "2024-01-01 10:02",
...         "2024-01-01 10:03", "2024-01-09 09:00", "2024-01-09 09:01", "2024-01-09 09:02"]),
...     "event": ["time_set", "car_view", "reservation", "return",
...               "zone_click", "car_view", "time_set"],
...     "car_type": [None, "EV", "EV", "EV", None, "EV", None]})
>>> search_sessions(log)[["time_first", "reserved", "kept_car"]]
            time_first  reserved  kept_car
session_id
1                 True      True      <NA>
2                False     False      True
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers import validate

#: The browse events of the search stage, in the order a session can show them.
BROWSE_EVENTS = ("time_set", "zone_click", "car_view")

#: The behaviour flags of :func:`search_sessions`, with a short label for tables and figures.
BEHAVIOURS = {
    "time_first": "set the time first on the map",
    "used_filter": "used the car-type filter",
    "two_plus_zones": "clicked two or more zones",
    "kept_car": "kept a previously rented car type",
}


def search_sessions(
    log: pd.DataFrame,
    *,
    user_col: str = "user_id",
    session_col: str = "session_id",
    time_col: str = "timestamp",
    event_col: str = "event",
    car_col: str = "car_type",
    version_col: str | None = None,
) -> pd.DataFrame:
    """One row per search session (index ``session_id``) with its behaviours and outcome.

    Columns: ``user_id``, ``start`` (first event time), ``time_first``, ``used_filter``,
    ``zone_clicks``, ``two_plus_zones``, ``car_type`` (first car looked at), ``last_ride_car``
    (car type of the user's last ``return`` before the session; missing if none),
    ``kept_car``, ``attempted``, ``reserved``, and ``app_version`` if ``version_col`` is given.
    Sessions without a browse event (opened and closed) are left out. The log is not changed.
    """
    func = "search_sessions"
    validate.event_log(log, user_col, time_col, event_col, func)
    validate.columns(log, [session_col, car_col, version_col], func)
    ev = log[event_col].astype("object")
    if not ev.isin(BROWSE_EVENTS).any():
        raise ValueError(
            f"{func}(): the log has no browse events ({', '.join(BROWSE_EVENTS)}), "
            "so there is no search session to describe."
        )
    order = np.argsort(log[time_col].to_numpy(), kind="stable")
    data = log.iloc[order]
    ev = ev.iloc[order]
    sess = data[session_col]

    g = data.groupby(session_col, sort=True)
    out = pd.DataFrame({user_col: g[user_col].first(), "start": g[time_col].min()})
    if version_col is not None:
        out["app_version"] = g[version_col].first()

    browse = ev.isin(BROWSE_EVENTS)
    first_browse = ev[browse].groupby(sess[browse], sort=True).first()
    out = out.loc[first_browse.index]
    out["time_first"] = (first_browse == "time_set").to_numpy()

    def count(name: str) -> pd.Series:
        mask = ev == name
        return sess[mask].value_counts().reindex(out.index, fill_value=0)

    out["used_filter"] = count("car_type_filter").to_numpy() > 0
    out["zone_clicks"] = count("zone_click").to_numpy().astype("int64")
    out["two_plus_zones"] = out["zone_clicks"] >= 2
    views = data.loc[(ev == "car_view").to_numpy(), [session_col, car_col]]
    car = views.groupby(session_col, sort=True)[car_col].first().astype("object")
    out["car_type"] = car.reindex(out.index)

    returns = data.loc[(ev == "return").to_numpy(), [user_col, time_col, car_col]]
    returns = returns.rename(columns={time_col: "_ride_at", car_col: "last_ride_car"})
    returns["last_ride_car"] = returns["last_ride_car"].astype("object")
    starts = out.reset_index().sort_values("start", kind="stable")
    matched = pd.merge_asof(
        starts,
        returns.sort_values("_ride_at", kind="stable"),
        left_on="start",
        right_on="_ride_at",
        by=user_col,
        direction="backward",
        allow_exact_matches=False,
    ).set_index(session_col)
    out["last_ride_car"] = matched["last_ride_car"].reindex(out.index)
    kept = pd.Series(pd.NA, index=out.index, dtype="boolean")
    has_ride = out["last_ride_car"].notna() & out["car_type"].notna()
    kept[has_ride] = out.loc[has_ride, "car_type"] == out.loc[has_ride, "last_ride_car"]
    out["kept_car"] = kept

    out["attempted"] = count("reservation_attempt").to_numpy() > 0
    out["reserved"] = count("reservation").to_numpy() > 0
    return out


def conversion_by(
    sessions: pd.DataFrame, behaviour: str, *, outcome: str = "reserved"
) -> pd.DataFrame:
    """Sessions and conversion (share with ``outcome``) with and without one behaviour.

    Rows: the behaviour's values (False, True); sessions where it does not apply (missing)
    are left out.

    >>> s = pd.DataFrame({"time_first": [True, True, False, False],
    ...                   "reserved": [False, True, True, True]})
    >>> conversion_by(s, "time_first")
                sessions  conversion
    time_first
    False              2         1.0
    True               2         0.5
    """
    func = "conversion_by"
    validate.frame(sessions, func)
    validate.columns(sessions, [behaviour, outcome], func)
    data = sessions[[behaviour, outcome]].dropna()
    if data.empty:
        raise ValueError(f"{func}(): no session has a value for {behaviour!r}.")
    flag = data[behaviour].astype(bool)
    out = data[outcome].astype(bool).groupby(flag).agg(["size", "mean"])
    out.columns = ["sessions", "conversion"]
    out.index.name = behaviour
    return out
