"""Segments: by category, Mass vs Specific by size, customer elements, combinations,
behaviour-based segments and RFM.

>>> import pandas as pd
>>> users = pd.DataFrame({"member_type": ["individual"] * 9 + ["corporate"]})
>>> segment_sizes(users, "member_type")[["segment", "users", "kind"]]
      segment  users      kind
0  individual      9      Mass
1   corporate      1  Specific
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from helpers import validate
from helpers.funnel import group_labels
from helpers.i18n import tr


def segment_sizes(
    users: pd.DataFrame, by: str | Sequence[str], *, mass_share: float = 0.15
) -> pd.DataFrame:
    """Users per segment, their share, and whether each is Mass (share >= ``mass_share``) or
    Specific. ``by`` is one column or a list of columns (then segments are combinations).
    Users without a value are the segment ``"(missing)"``, so the sizes add up to all users.

    >>> segment_sizes(pd.DataFrame({"plan": ["pro", None, "pro"]}), "plan")["segment"].tolist()
    ['pro', '(missing)']
    """
    func = "segment_sizes"
    validate.frame(users, func)
    cols = [by] if isinstance(by, str) else list(by)
    validate.columns(users, cols, func)
    if not 0 < mass_share < 1:
        raise ValueError(f"{func}(): mass_share must be between 0 and 1, got {mass_share}.")
    label = combine(users, cols) if len(cols) > 1 else group_labels(users[cols[0]])
    sizes = label.value_counts().rename_axis("segment").reset_index(name="users")
    sizes["share"] = sizes["users"] / len(users)
    sizes["kind"] = np.where(sizes["share"] >= mass_share, "Mass", "Specific")
    return sizes


def combine(users: pd.DataFrame, cols: Sequence[str], *, sep: str = " x ") -> pd.Series:
    """One label per row that combines several segment columns, e.g. 'corporate x subscriber'.
    A missing value is written "(missing)".

    >>> df = pd.DataFrame({"a": ["x", "y"], "b": ["1", "2"]})
    >>> combine(df, ["a", "b"]).tolist()
    ['x x 1', 'y x 2']
    """
    func = "combine"
    validate.frame(users, func)
    validate.columns(users, cols, func)
    parts = [group_labels(users[c]).astype(str) for c in cols]
    out = parts[0]
    for p in parts[1:]:
        out = out + sep + p
    return out.rename(" x ".join(cols))


EXPERIENCE_LEVELS = ["never reserved", "reserved, never rode", "below average", "above average"]


def experience_element(
    counts: pd.DataFrame,
    *,
    reservations_col: str = "reservations",
    rides_col: str = "rides",
    average: float | None = None,
) -> pd.Series:
    """The 'experience frequency' customer element, one label per user:

    never reserved / reserved, never rode / below average / above average (rides compared
    with the members' average, or ``average`` if given).

    >>> c = pd.DataFrame({"reservations": [0, 2, 3, 9], "rides": [0, 0, 1, 8]})
    >>> experience_element(c).tolist()
    ['never reserved', 'reserved, never rode', 'below average', 'above average']
    """
    func = "experience_element"
    validate.frame(counts, func)
    validate.columns(counts, [reservations_col, rides_col], func)
    validate.numbers(counts, reservations_col, func)
    validate.numbers(counts, rides_col, func)
    rides = counts[rides_col]
    avg = float(rides.mean()) if average is None else float(average)
    label = np.select(
        [counts[reservations_col] == 0, rides == 0, rides < avg],
        EXPERIENCE_LEVELS[:3],
        default=EXPERIENCE_LEVELS[3],
    )
    return pd.Series(
        pd.Categorical(label, categories=EXPERIENCE_LEVELS), index=counts.index, name="experience"
    )


BEHAVIOUR_LEVELS = [
    "signed up and left",
    "browses, never the CTA",
    "clicked the CTA, dropped",
    "converted",
]


def behaviour_segments(
    log: pd.DataFrame,
    *,
    browse: Sequence[str],
    cta: str,
    conversion: str,
    user_col: str = "user_id",
    event_col: str = "event",
) -> pd.Series:
    """Behaviour-based segments, one label per user:

    * signed up and left - no browse event at all;
    * browses, never the CTA - browsed but never did ``cta`` (e.g. reservation_attempt);
    * clicked the CTA, dropped - did ``cta`` but never ``conversion`` (e.g. reservation);
    * converted - did ``conversion``.

    >>> log = pd.DataFrame({"user_id": [1, 2, 2, 3, 3, 3],
    ...     "event": ["open", "open", "map", "map", "try", "buy"]})
    >>> behaviour_segments(log, browse=["map"], cta="try", conversion="buy").tolist()
    ['signed up and left', 'browses, never the CTA', 'converted']
    """
    func = "behaviour_segments"
    validate.frame(log, func)
    validate.columns(log, [user_col, event_col], func)
    validate.events_known(log, event_col, [*browse, cta, conversion], func)
    ev = log[event_col]
    users = pd.Index(pd.unique(log[user_col]), name=user_col).sort_values()

    def did(names):
        return pd.Index(pd.unique(log.loc[ev.isin(list(names)), user_col]))

    label = pd.Series(BEHAVIOUR_LEVELS[0], index=users)
    label[users.isin(did(browse))] = BEHAVIOUR_LEVELS[1]
    label[users.isin(did([cta]))] = BEHAVIOUR_LEVELS[2]
    label[users.isin(did([conversion]))] = BEHAVIOUR_LEVELS[3]
    return label.astype(pd.CategoricalDtype(BEHAVIOUR_LEVELS)).rename("behaviour")


def first_action(
    log: pd.DataFrame,
    *,
    candidates: Sequence[str],
    user_col: str = "user_id",
    time_col: str = "timestamp",
    event_col: str = "event",
) -> pd.Series:
    """Each user's first event among ``candidates`` - a jobs-to-be-done clue (what did they
    come to do first?). Users who did none of them get 'none'.

    >>> log = pd.DataFrame({"user_id": [1, 1, 2], "event": ["open", "filter", "open"],
    ...     "timestamp": pd.to_datetime(["2024-01-01", "2024-01-02", "2024-01-01"])})
    >>> first_action(log, candidates=["filter"]).tolist()
    ['filter', 'none']
    """
    func = "first_action"
    validate.event_log(log, user_col, time_col, event_col, func)
    validate.events_known(log, event_col, list(candidates), func)
    users = pd.Index(pd.unique(log[user_col]), name=user_col).sort_values()
    sub = log[log[event_col].isin(list(candidates))].sort_values(time_col, kind="stable")
    first = sub.groupby(user_col)[event_col].first().astype("object")
    return first.reindex(users).fillna("none").rename("first_action")


def rfm(
    df: pd.DataFrame,
    *,
    user_col: str = "user_id",
    time_col: str = "timestamp",
    value_col: str | None = None,
    today: str | pd.Timestamp | None = None,
    bins: int = 3,
) -> pd.DataFrame:
    """Recency, frequency, monetary value per user, each scored 1 (low) to ``bins`` (high).

    ``df`` has one row per purchase or ride (``value_col`` its amount; without it, monetary is
    the count). Scores are by rank (ties in order of appearance), so every bin is filled
    (:func:`_rank_score`).

    >>> rides = pd.DataFrame({"user_id": [1, 1, 2, 3],
    ...     "timestamp": pd.to_datetime(["2024-06-01", "2024-06-20", "2024-01-01", "2024-06-25"]),
    ...     "fare": [10, 20, 5, 50]})
    >>> rfm(rides, value_col="fare", today="2024-07-01")["segment"].tolist()
    ['232', '111', '323']
    """
    func = "rfm"
    validate.event_log(df, user_col, time_col, None, func)
    if value_col is not None:
        validate.columns(df, [value_col], func)
        validate.numbers(df, value_col, func)
    if isinstance(bins, bool) or not isinstance(bins, int) or bins < 1:
        raise ValueError(
            tr(
                "{func}(): bins must be a whole number of at least 1 (3 gives scores 1 to 3), "
                "got {bins!r}.",
                func=func,
                bins=bins,
            )
        )
    now = pd.Timestamp(today) if today is not None else df[time_col].max() + pd.Timedelta(days=1)
    g = df.groupby(user_col)
    out = pd.DataFrame(
        {
            "recency_days": (now - g[time_col].max()) / pd.Timedelta(days=1),
            "frequency": g.size(),
            "monetary": g[value_col].sum() if value_col else g.size(),
        }
    )

    out["R"] = _rank_score(out["recency_days"], bins, higher_is_better=False)
    out["F"] = _rank_score(out["frequency"], bins)
    out["M"] = _rank_score(out["monetary"], bins)
    out["segment"] = out["R"].astype(str) + out["F"].astype(str) + out["M"].astype(str)
    return out


def _rank_score(values: pd.Series, bins: int, *, higher_is_better: bool = True) -> pd.Series:
    """Score each value 1 (worst) to ``bins`` (best) by its rank: the users ranked in the k-th
    equal share of the ranks, ((k-1)/bins, k/bins], score k. Ties are ranked in order of
    appearance, so the bins are as equal as whole users allow (the top bin gets the rest).
    Same index as ``values``; int64.

    ``pd.cut`` on the ranks, not ``pd.qcut``: qcut puts its edges at the ranks' quantiles,
    1 + (n - 1) k / bins, so unless ``n`` is a multiple of ``bins`` the user at an edge
    scores one lower (3 of the 5,768 course riders: one R, one F and one M) - the same
    idea, but not the course's numbers.

    >>> _rank_score(pd.Series([5.0, 1.0, 3.0, 3.0]), 3).tolist()
    [3, 1, 2, 3]
    """
    rank = values.rank(method="first", ascending=higher_is_better)
    edges = np.linspace(0, len(values), bins + 1)
    return pd.cut(rank, edges, labels=False).astype("int64") + 1
