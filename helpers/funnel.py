"""Journey stages and the funnel: how many get from one step to the next, and where they drop.

>>> import pandas as pd
>>> log = pd.DataFrame({
...     "user_id":   [1, 1, 1, 2, 2, 3],
...     "timestamp": pd.to_datetime(["2024-01-01 10:00", "2024-01-01 10:05", "2024-01-02 09:00",
...                                  "2024-01-01 08:00", "2024-01-03 12:00", "2024-01-05 18:00"]),
...     "event":     ["search", "reserve", "ride", "search", "reserve", "search"]})
>>> funnel(log, ["search", "reserve", "ride"])[["step", "users", "pct_of_start"]]
      step  users  pct_of_start
0   search      3      1.000000
1  reserve      2      0.666667
2     ride      1      0.333333
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers import validate
from helpers.i18n import tr
from helpers.style import PALETTE, figure_for, takeaway

#: The group of units whose ``by`` value is missing (so that groups add up to the total).
MISSING = "(missing)"


def group_labels(values: pd.Series) -> pd.Series:
    """``values`` as group labels where a missing value is the group :data:`MISSING`.

    >>> group_labels(pd.Series(["pro", None])).tolist()
    ['pro', '(missing)']
    """
    out = values.astype("object")
    return out.where(out.notna(), MISSING)


def funnel(
    log: pd.DataFrame,
    steps: Sequence[str],
    *,
    user_col: str = "user_id",
    time_col: str = "timestamp",
    event_col: str = "event",
    within: str | pd.Timedelta | None = None,
    by: str | None = None,
) -> pd.DataFrame:
    """Ordered funnel: units (users, or sessions if ``user_col="session_id"``) reaching each step.

    A unit reaches step *k* with an event of step *k* at or after the one that reached step
    *k-1* (its first time at step 1 starts the clock); **one event counts for one step only**,
    so ``["view", "view"]`` needs two views. Events at the same time keep the log's order.
    With ``within`` (e.g. ``"7D"``), later steps must happen in ``[first step, first step +
    within)`` - the conversion window, half-open like every window in the course. With ``by`` (a column of ``log``, e.g. a segment), one funnel
    per group: each unit belongs to the group of its first event, and units whose first event
    has no value are the group ``"(missing)"``, so the groups add up to the whole funnel.

    Returns one row per step (per group) with ``users`` reaching it, ``pct_of_start``,
    ``pct_of_previous`` and ``drop_off`` (units lost since the previous step).

    >>> log = pd.DataFrame({"user_id": [1, 1, 2], "event": ["view", "view", "view"],
    ...     "timestamp": pd.to_datetime(["2024-01-01", "2024-01-02", "2024-01-01"])})
    >>> funnel(log, ["view", "view"])["users"].tolist()
    [2, 1]
    """
    func = "funnel"
    validate.event_log(log, user_col, time_col, event_col, func)
    validate.columns(log, [by], func)
    if isinstance(steps, str) or len(steps) < 2:
        raise ValueError(
            f"{func}(): steps must be a list of at least two event names, got {steps!r}."
        )
    validate.events_known(log, event_col, steps, func)
    window = pd.Timedelta(within) if within is not None else None
    data = pd.DataFrame(
        {
            "unit": log[user_col].to_numpy(),
            "time": log[time_col].to_numpy(),
            "event": log[event_col].to_numpy(),
            "pos": np.arange(len(log)),
        }
    )
    if by is None:
        return _one_funnel(data, steps, window)
    first = data.sort_values(["time", "pos"], kind="stable").drop_duplicates("unit")
    group_of = pd.Series(
        group_labels(log[by]).to_numpy()[first["pos"].to_numpy()], index=first["unit"].to_numpy()
    )
    names = sorted(set(group_of) - {MISSING}, key=str) + (
        [MISSING] if (group_of == MISSING).any() else []
    )
    parts = []
    for group in names:
        units = group_of.index[(group_of == group).to_numpy()]
        part = _one_funnel(data[data["unit"].isin(units)], steps, window)
        part.insert(0, by, group)
        parts.append(part)
    return pd.concat(parts, ignore_index=True)


def _one_funnel(data: pd.DataFrame, steps, window) -> pd.DataFrame:
    """``data``: columns unit, time, event, pos (position in the log, the tie-break)."""
    picked: dict[str, pd.DataFrame] = {}  # last pick (time, pos) per unit, by event name
    reached = None
    start = None
    counts = []
    for step in steps:
        ev = data.loc[data["event"] == step, ["unit", "time", "pos"]]
        if reached is not None:
            ev = ev.join(reached[["time"]].rename(columns={"time": "prev"}), on="unit", how="inner")
            ev = ev[ev["time"] >= ev["prev"]]
            if window is not None:
                ev = ev.join(start.rename("start"), on="unit")
                ev = ev[ev["time"] - ev["start"] < window]  # [start, start + window)
        if step in picked:  # the same event name earlier: a later event of it, not the same one
            used = picked[step].rename(columns={"time": "t_used", "pos": "p_used"})
            ev = ev.join(used, on="unit", how="inner")
            later = (ev["time"] > ev["t_used"]) | (
                (ev["time"] == ev["t_used"]) & (ev["pos"] > ev["p_used"])
            )
            ev = ev[later]
        ev = ev.sort_values(["time", "pos"], kind="stable").drop_duplicates("unit")
        reached = ev.set_index("unit")[["time", "pos"]]
        picked[step] = reached
        if start is None:
            start = reached["time"]
        counts.append(len(reached))
    return funnel_table(steps, counts)


def funnel_table(steps: Sequence[str], counts: Sequence[int]) -> pd.DataFrame:
    """The funnel table from the units reaching each step (shares, drop-off).

    >>> funnel_table(["view", "buy"], [4, 1])["pct_of_previous"].tolist()
    [1.0, 0.25]
    """
    out = pd.DataFrame({"step": list(steps), "users": list(counts)})
    n0 = counts[0]
    out["pct_of_start"] = out["users"] / n0 if n0 else float("nan")
    prev = out["users"].shift(1)
    out["pct_of_previous"] = (out["users"] / prev.where(prev > 0)).fillna(1.0)
    out.loc[0, "pct_of_previous"] = 1.0
    out["drop_off"] = (prev - out["users"]).fillna(0).astype("int64")
    return out


def funnel_plot(
    table: pd.DataFrame, title: str, *, unit: str = "users", ax: Axes | None = None
) -> Figure:
    """Horizontal funnel bars with the share of the first step and the step-to-step rate.

    ``table`` is the output of :func:`funnel` (one funnel, without ``by``). Draws on ``ax`` if
    given, else on a new figure that gets the synthetic-data note (the rule in
    :mod:`helpers.style`). Returns the Figure.

    >>> fig = funnel_plot(funnel_table(["view", "buy"], [4, 1]), "Most viewers do not buy")
    >>> fig.axes[0].get_title(loc="left")
    'Most viewers do not buy'
    """
    func = "funnel_plot"
    validate.frame(table, func)
    validate.columns(table, ["step", "users", "pct_of_start", "pct_of_previous"], func)
    fig, ax, made = figure_for(ax, (8, 0.55 * len(table) + 1.6))
    y = range(len(table))[::-1]
    ax.barh(list(y), table["users"], color=PALETTE["blue"])
    for yi, (_, row) in zip(y, table.iterrows(), strict=True):
        ax.text(
            row["users"],
            yi,
            tr(
                "  {users:,}  ({start:.0%} of start; {previous:.0%} of previous)",
                users=row["users"],
                start=row["pct_of_start"],
                previous=row["pct_of_previous"],
            ),
            va="center",
            fontsize=9,
        )
    ax.set_yticks(list(y), table["step"])
    ax.set_xlim(0, table["users"].max() * 1.6)
    ax.grid(axis="y", visible=False)
    xlabel = {"users": tr("Number of users"), "sessions": tr("Number of sessions")}
    takeaway(ax, title, xlabel=xlabel.get(unit, f"Number of {unit}"), note=made)
    if made:
        fig.tight_layout()
    return fig
