"""The aha moment: an early action whose count predicts who stays.

1. :func:`early_actions` - per user: how often they did the action in their first N days, and
   whether they were still active later (only users old enough to be judged are kept).
2. :func:`retention_by_threshold` - retention of users at or above each threshold vs below.
3. :func:`aha_threshold` - the threshold where the gap is largest.

>>> import pandas as pd
>>> users = pd.DataFrame({"early": [0, 1, 2, 3, 2, 0], "retained": [0, 0, 1, 1, 1, 0]})
>>> aha_threshold(retention_by_threshold(users, "early", "retained"), min_users=2)
2
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers import validate
from helpers.style import PALETTE, figure_for, takeaway


def early_actions(
    log: pd.DataFrame,
    action: str,
    *,
    user_col: str = "user_id",
    time_col: str = "timestamp",
    event_col: str = "event",
    start_col: str | None = None,
    window_days: int = 30,
    retention_days: tuple[int, int] = (31, 90),
    active_events: Sequence[str] | None = None,
    end: str | pd.Timestamp | None = None,
) -> pd.DataFrame:
    """Per user: ``early`` = times they did ``action`` in their first ``window_days`` days;
    ``retained`` = active (any event, or ``active_events``) between day ``retention_days[0]``
    and ``retention_days[1]`` after their start.

    A user's start is their first event (or ``start_col``, e.g. sign-up time joined on the
    log). Every window is half-open from the start: the first N days are
    ``[start, start + N days)``, so events *before* the start (a ride logged before the
    sign-up) never count. Users whose retention window is not over by ``end`` (default: the
    last timestamp) are left out: we cannot judge them yet. Any index is accepted.

    >>> log = pd.DataFrame({"user_id": [1, 1, 1, 1], "event": ["ride"] * 4,
    ...     "timestamp": pd.to_datetime(["2024-01-02", "2024-01-05", "2024-01-20", "2024-06-01"]),
    ...     "signup_at": pd.Timestamp("2024-01-10")}, index=[7, 7, 7, 7])
    >>> early_actions(log, "ride", start_col="signup_at")["early"].tolist()
    [1]
    """
    func = "early_actions"
    validate.event_log(log, user_col, time_col, event_col, func)
    validate.events_known(log, event_col, [action, *(active_events or [])], func)
    if start_col is not None:
        validate.columns(log, [start_col], func)
        validate.datetimes(log, start_col, func)
    lo, hi = retention_days
    if not (0 < window_days <= lo <= hi):
        raise ValueError(
            f"{func}(): need 0 < window_days <= retention_days[0] <= retention_days[1], "
            f"got window_days={window_days}, retention_days={retention_days}."
        )
    end_ts = pd.Timestamp(end) if end is not None else log[time_col].max()
    start = (log.groupby(user_col)[start_col or time_col].min()).rename("start")
    data = log[[user_col, time_col, event_col]].reset_index(drop=True).join(start, on=user_col)
    days = (data[time_col] - data["start"]) / pd.Timedelta(days=1)
    is_action = (data[event_col] == action).to_numpy()
    in_window = ((days >= 0) & (days < window_days)).to_numpy()
    early = data[is_action & in_window].groupby(user_col).size()
    is_active = (
        np.ones(len(data), dtype=bool)
        if active_events is None
        else data[event_col].isin(list(active_events)).to_numpy()
    )
    later_days = ((days >= lo) & (days < hi)).to_numpy()
    later = data[is_active & later_days].groupby(user_col).size()
    out = pd.DataFrame({"start": start})
    out["early"] = early.reindex(out.index, fill_value=0).astype("int64")
    out["retained"] = later.reindex(out.index, fill_value=0) > 0
    judged = out["start"] + pd.Timedelta(days=hi) <= end_ts
    return out[judged]


#: The columns of a :func:`retention_by_threshold` table before its ``difference`` and
#: ``share_at_least`` (the ones :func:`aha_plot` draws).
THRESHOLD_COLUMNS = [
    "threshold",
    "users_at_least",
    "retention_at_least",
    "users_below",
    "retention_below",
]


def retention_by_threshold(
    users: pd.DataFrame,
    count_col: str,
    retained_col: str,
    thresholds: Iterable[int] = range(1, 6),
) -> pd.DataFrame:
    """For each threshold k: retention of users with count >= k vs users with count < k."""
    func = "retention_by_threshold"
    validate.frame(users, func)
    validate.columns(users, [count_col, retained_col], func)
    validate.numbers(users, count_col, func)
    validate.numbers(users, retained_col, func)
    counts = users[count_col].to_numpy()
    kept = users[retained_col].astype("float64").to_numpy()
    rows = []
    for k in thresholds:
        above = counts >= k
        n_a, n_b = int(above.sum()), int((~above).sum())
        r_a = float(kept[above].mean()) if n_a else float("nan")
        r_b = float(kept[~above].mean()) if n_b else float("nan")
        rows.append((k, n_a, r_a, n_b, r_b))
    out = pd.DataFrame(rows, columns=THRESHOLD_COLUMNS)
    out["difference"] = out["retention_at_least"] - out["retention_below"]
    out["share_at_least"] = out["users_at_least"] / len(users)
    return out


#: Fewest users each side of a threshold (at or above it, and below it) for it to count.
MIN_USERS = 30


def aha_threshold(
    table: pd.DataFrame,
    *,
    min_share: float = 0.02,
    tolerance: float = 0.1,
    min_users: int = MIN_USERS,
) -> int:
    """The lowest bar that gets nearly all of the retention gain.

    Among thresholds reached by at least ``min_share`` of users and with at least
    ``min_users`` users on **each** side (at or above, and below: a rate of 4 users says
    little), the smallest one whose retention gap (at-or-above minus below) is within
    ``tolerance`` (10%) of the largest gap. A lower bar is easier to aim for; beyond it,
    asking for more adds little. Raises ``ValueError`` when no threshold qualifies.

    >>> t = pd.DataFrame({"threshold": [1, 2], "difference": [0.1, 0.5],
    ...     "share_at_least": [0.5, 0.01], "users_at_least": [50, 4], "users_below": [50, 96]})
    >>> aha_threshold(t)
    1
    """
    func = "aha_threshold"
    validate.frame(table, func)
    validate.columns(table, ["threshold", "difference", "share_at_least"], func)
    ok = (table["share_at_least"] >= min_share) & table["difference"].notna()
    sized = "users_at_least" in table.columns and "users_below" in table.columns
    if sized:
        ok &= (table["users_at_least"] >= min_users) & (table["users_below"] >= min_users)
    ok = table[ok]
    if ok.empty:
        sizes = ""
        if sized:
            sizes = " Group sizes (at least / below): " + ", ".join(
                f"{t}: {a:,}/{b:,}"
                for t, a, b in zip(
                    table["threshold"], table["users_at_least"], table["users_below"], strict=True
                )
            )
        raise ValueError(
            f"{func}(): no threshold is reached by {min_share:.0%} of users with at least "
            f"{min_users} users on each side, so no aha threshold can be trusted.{sizes}. "
            "Use more users (a longer log) or another action."
        )
    best = ok["difference"].max()
    near = ok[ok["difference"] >= best * (1 - tolerance)]
    return int(near["threshold"].min())


def aha_plot(
    table: pd.DataFrame,
    title: str,
    *,
    action: str = "rides",
    window_days: int = 30,
    min_users: int = MIN_USERS,
    ax: Axes | None = None,
) -> Figure:
    """Retention at-or-above vs below each threshold, the aha threshold marked with the number
    of users on each side (``table`` from :func:`retention_by_threshold`; ``window_days`` the
    early window it counted, for the axis label). Draws on ``ax`` if given, else on a new
    figure that gets the synthetic-data note (the rule in :mod:`helpers.style`). Returns the
    Figure."""
    func = "aha_plot"
    validate.frame(table, func)
    validate.columns(table, [*THRESHOLD_COLUMNS, "difference", "share_at_least"], func)
    fig, ax, made = figure_for(ax, (7.5, 4))
    ax.plot(
        table["threshold"],
        table["retention_at_least"],
        "o-",
        color=PALETTE["blue"],
        label=f"{action} >= threshold",
    )
    ax.plot(
        table["threshold"],
        table["retention_below"],
        "s--",
        color=PALETTE["orange"],
        label=f"{action} < threshold",
    )
    _mark_small_groups(ax, table, min_users)
    _mark_aha(ax, table, aha_threshold(table, min_users=min_users))
    ax.set_xticks(table["threshold"])
    ax.yaxis.set_major_formatter(plt.matplotlib.ticker.PercentFormatter(1.0))
    ax.legend()
    takeaway(
        ax,
        title,
        xlabel=f"Threshold: {action} in the first {window_days} days",
        ylabel="Retained users (%)",
        note=made,
    )
    if made:
        fig.tight_layout()
    return fig


def _mark_small_groups(ax: Axes, table: pd.DataFrame, min_users: int) -> None:
    """Hollow markers on the rates of groups under ``min_users`` users (one legend entry)."""
    small = [
        (col, n_col, colour, marker)
        for col, n_col, colour, marker in (
            ("retention_at_least", "users_at_least", PALETTE["blue"], "o"),
            ("retention_below", "users_below", PALETTE["orange"], "s"),
        )
        if (table[n_col] < min_users).any()
    ]
    for i, (col, n_col, colour, marker) in enumerate(small):
        few = table[table[n_col] < min_users]
        ax.plot(
            few["threshold"],
            few[col],
            marker,
            color=colour,
            markerfacecolor="white",
            ls="none",
            label=f"fewer than {min_users} users: not trusted" if i == 0 else None,
        )


def _mark_aha(ax: Axes, table: pd.DataFrame, k: int) -> None:
    """A dotted line at the aha threshold ``k``, labelled with the users on each side."""
    ax.axvline(k, color=PALETTE["grey"], ls=":")
    row = table.set_index("threshold").loc[k]
    ax.annotate(
        f"{k}+: {int(row['users_at_least']):,} users\nbelow {k}: {int(row['users_below']):,} users",
        xy=(k, float(row["retention_at_least"])),
        xytext=(8, -4),
        textcoords="offset points",
        va="top",
        fontsize=9,
        color=PALETTE["grey"],
    )
