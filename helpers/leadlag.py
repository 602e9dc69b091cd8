"""Lead and lag between metric series: which metric moves first?

A metric *leads* another by k periods when its changes line up with the other's changes k
periods later. We correlate period-on-period changes (not levels: two growing series
always correlate) at each lag.

>>> import pandas as pd
>>> s = pd.DataFrame({"rides":   [10, 12, 9, 14, 11, 15, 13, 18],
...                   "revenue": [5, 10, 12, 9, 14, 11, 15, 13]})
>>> best_lag(lead_lag(s, "rides", "revenue"))
1
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers import validate
from helpers.i18n import tr
from helpers.style import PALETTE, figure_for, takeaway

TRANSFORMS = ("pct_change", "diff", "level")
#: A correlation needs at least this many pairs of periods (two points always line up).
MIN_PAIRS = 3


def min_periods(transform: str = "pct_change") -> int:
    """The fewest periods :func:`lead_lag` works with: :data:`MIN_PAIRS` pairs at lag 0, plus
    the first period that ``pct_change`` and ``diff`` leave empty (no period before it).

    >>> min_periods("pct_change"), min_periods("diff"), min_periods("level")
    (4, 4, 3)
    """
    return MIN_PAIRS + (transform != "level")


def _transform(s: pd.Series, how: str) -> pd.Series:
    if how == "pct_change":
        return s.pct_change(fill_method=None)
    if how == "diff":
        return s.diff()
    return s


def lead_lag(
    df: pd.DataFrame, leader: str, follower: str, *, max_lag: int = 3, transform: str = "pct_change"
) -> pd.DataFrame:
    """Correlation of ``leader`` at period t with ``follower`` at t + lag, for lag -max..max.

    ``df`` has one row per period, in time order. A positive best lag means ``leader`` moves
    first. Returns columns ``lag``, ``corr`` and ``n`` (pairs of periods used); a lag with
    fewer than :data:`MIN_PAIRS` pairs has ``corr`` NaN.

    Raises ValueError when no lag has :data:`MIN_PAIRS` pairs: with no gaps that is fewer
    than :func:`min_periods` periods (4 for ``pct_change`` and ``diff``, 3 for ``level``).
    """
    func = "lead_lag"
    validate.frame(df, func)
    validate.columns(df, [leader, follower], func)
    validate.numbers(df, leader, func)
    validate.numbers(df, follower, func)
    validate.choice(transform, TRANSFORMS, "transform", func)
    if not isinstance(max_lag, int) or max_lag < 0:
        raise ValueError(
            tr(
                "{func}(): max_lag must be a whole number >= 0, got {value}.",
                func=func,
                value=repr(max_lag),
            )
        )
    x = _transform(df[leader].astype("float64"), transform).to_numpy()
    y = _transform(df[follower].astype("float64"), transform).to_numpy()
    rows = []
    for lag in range(-max_lag, max_lag + 1):
        if lag >= 0:
            a, b = x[: len(x) - lag], y[lag:]
        else:
            a, b = x[-lag:], y[: len(y) + lag]
        ok = np.isfinite(a) & np.isfinite(b)
        n = int(ok.sum())
        corr = float(np.corrcoef(a[ok], b[ok])[0, 1]) if n >= MIN_PAIRS else float("nan")
        rows.append((lag, corr, n))
    if all(n < MIN_PAIRS for _, _, n in rows):
        raise ValueError(
            tr(
                "{func}(): too few periods ({n}) to correlate; need at least {need} periods in "
                "a row with numbers ({pairs} pairs of values after transform='{transform}').",
                func=func,
                n=len(df),
                need=min_periods(transform),
                pairs=MIN_PAIRS,
                transform=transform,
            )
        )
    return pd.DataFrame(rows, columns=["lag", "corr", "n"])


def best_lag(table: pd.DataFrame) -> int:
    """The lag with the highest correlation in a :func:`lead_lag` table."""
    validate.frame(table, "best_lag")
    validate.columns(table, ["lag", "corr"], "best_lag")
    return int(table.loc[table["corr"].idxmax(), "lag"])


def lead_lag_plot(
    table: pd.DataFrame, title: str, *, period: str = "months", ax: Axes | None = None
) -> Figure:
    """Bar chart of correlation by lag (``table`` from :func:`lead_lag`), the best lag
    highlighted. Draws on ``ax`` if given, else on a new figure that gets the synthetic-data
    note (the rule in :mod:`helpers.style`). Returns the Figure.

    >>> table = pd.DataFrame({"lag": [-1, 0, 1], "corr": [0.1, 0.2, 0.9]})
    >>> lead_lag_plot(table, "Rides lead revenue by a month").axes[0].get_title(loc="left")
    'Rides lead revenue by a month'
    """
    fig, ax, made = figure_for(ax, (7, 3.8))
    best = best_lag(table)
    colours = [PALETTE["vermillion"] if lag == best else PALETTE["sky"] for lag in table["lag"]]
    ax.bar(table["lag"], table["corr"], color=colours)
    ax.axhline(0, color="black", lw=0.8)
    ax.set_xticks(table["lag"])
    takeaway(
        ax,
        title,
        xlabel=f"Lag in {period} (positive: the first metric moves first)",
        ylabel="Correlation of changes",
        note=made,
    )
    if made:
        fig.tight_layout()
    return fig
