"""The quadrant: place segments on reservation attempts (x) x completed rides (y).

>>> import pandas as pd
>>> segs = pd.DataFrame({"segment": ["a", "b", "c", "d"], "attempts": [9, 8, 1, 2],
...                      "rides": [7, 1, 3, 0], "users": [10, 40, 20, 30]})
>>> place(segs, "attempts", "rides", threshold=(5, 2))["quadrant"].tolist()
['natural growth', 'action needed', 'retention strategy needed', 'low impact']
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers import validate
from helpers.i18n import tr
from helpers.style import QUADRANT_COLOURS, figure_for, takeaway

#: The four quadrants, the keys every table and check uses (never translated).
QUADRANT_NAMES = ["natural growth", "action needed", "retention strategy needed", "low impact"]
#: Which side of each cut-off a quadrant is on: name -> (attempts, rides).
QUADRANT_SIDES = {
    "natural growth": ("high", "high"),
    "action needed": ("high", "low"),
    "retention strategy needed": ("low", "high"),
    "low impact": ("low", "low"),
}


def quadrant_label(name: str) -> str:
    """The name of quadrant ``name`` as the learner reads it on a figure or in a sentence:
    the key itself in English, the glossary's term in Korean. Not a quadrant: ``name``.

    >>> quadrant_label("action needed")
    'action needed'
    """
    labels = {
        "natural growth": tr("natural growth"),
        "action needed": tr("action needed"),
        "retention strategy needed": tr("retention strategy needed"),
        "low impact": tr("low impact"),
    }
    return labels.get(str(name), str(name))


def segment_means(
    users: pd.DataFrame, by: str | list[str], *, x: str = "attempts", y: str = "rides"
) -> pd.DataFrame:
    """One row per segment: ``segment`` (the label), ``users``, and the mean of ``x`` and ``y``
    per user - the table :func:`place` takes. ``users`` has one row per user; ``by`` is a
    segment column or a list of columns (combined as 'a x b').

    >>> u = pd.DataFrame({"age": ["20s", "20s", "40s"], "attempts": [4, 6, 1], "rides": [1, 1, 1]})
    >>> segment_means(u, "age").to_dict("list")
    {'segment': ['20s', '40s'], 'users': [2, 1], 'attempts': [5.0, 1.0], 'rides': [1.0, 1.0]}
    """
    from helpers.segments import combine  # segments imports nothing from here; keep it light

    func = "segment_means"
    validate.frame(users, func)
    cols = [by] if isinstance(by, str) else list(by)
    validate.columns(users, [*cols, x, y], func)
    validate.numbers(users, x, func)
    validate.numbers(users, y, func)
    from helpers.funnel import group_labels

    label = combine(users, cols) if len(cols) > 1 else group_labels(users[cols[0]])
    out = (
        users.groupby(label.rename("segment"))
        .agg(users=(x, "size"), **{x: (x, "mean"), y: (y, "mean")})
        .reset_index()
    )
    return out


def thresholds(
    df: pd.DataFrame, x: str, y: str, threshold="median", weight: str | None = None
) -> tuple[float, float]:
    """The (x, y) cut-offs: ``"median"`` or ``"mean"`` of the segments (weighted by ``weight``,
    e.g. users, if given), or a given ``(x_value, y_value)`` pair."""
    func = "thresholds"
    if isinstance(threshold, tuple | list):
        if len(threshold) != 2:
            raise ValueError(
                f"{func}(): a threshold pair needs two numbers (x, y), got {threshold!r}."
            )
        return float(threshold[0]), float(threshold[1])
    validate.choice(threshold, ["median", "mean"], "threshold", func)
    w = np.ones(len(df)) if weight is None else df[weight].to_numpy(dtype="float64")
    out = []
    for col in (x, y):
        v = df[col].to_numpy(dtype="float64")
        if threshold == "mean":
            out.append(float(np.average(v, weights=w)))
        elif weight is None:
            out.append(float(np.median(v)))
        else:  # weighted median: the value below which half of the weight lies
            order = np.argsort(v, kind="stable")
            cum = np.cumsum(w[order])
            out.append(float(v[order][np.searchsorted(cum, cum[-1] / 2)]))
    return out[0], out[1]


def place(
    df: pd.DataFrame, x: str, y: str, *, threshold="median", weight: str | None = None
) -> pd.DataFrame:
    """Return a copy of ``df`` with a ``quadrant`` column (values at a cut-off count as high).

    The cut-offs used are stored in ``result.attrs["thresholds"]``.
    """
    func = "place"
    validate.frame(df, func)
    validate.columns(df, [x, y, weight], func)
    for col in (x, y, weight):
        if col is not None:
            validate.numbers(df, col, func)
    tx, ty = thresholds(df, x, y, threshold, weight)
    hi_x, hi_y = df[x] >= tx, df[y] >= ty
    name = np.select(
        [hi_x & hi_y, hi_x & ~hi_y, ~hi_x & hi_y], QUADRANT_NAMES[:3], default=QUADRANT_NAMES[3]
    )
    out = df.copy()
    out["quadrant"] = pd.Categorical(name, categories=QUADRANT_NAMES)
    out.attrs["thresholds"] = (tx, ty)
    return out


def quadrant_summary(placed: pd.DataFrame, size_col: str | None = None) -> pd.DataFrame:
    """Segments and users (``size_col``) per quadrant, largest first."""
    func = "quadrant_summary"
    validate.frame(placed, func)
    validate.columns(placed, ["quadrant", size_col], func)
    g = placed.groupby("quadrant", observed=False)
    out = pd.DataFrame({"segments": g.size()})
    if size_col is not None:
        out["users"] = g[size_col].sum()
        out["share_of_users"] = out["users"] / out["users"].sum()
    return out.sort_values(out.columns[-1], ascending=False)


def quadrant_plot(
    placed: pd.DataFrame,
    x: str,
    y: str,
    *,
    title: str | None = None,
    size_col: str | None = None,
    label_col: str | None = None,
    xlabel: str = "Reservation attempts per user",
    ylabel: str = "Completed rides per user",
    ax: Axes | None = None,
) -> Figure:
    """Bubble chart of placed segments: colour = quadrant, size = users, dashed cut-offs.

    ``placed`` is the output of :func:`place`. ``title`` is the takeaway; without one, the
    chart says which quadrant holds the most segments' users (or segments, without
    ``size_col``). Draws on ``ax`` if given, else on a new figure that gets the synthetic-data
    note (the rule in :mod:`helpers.style`). Returns the Figure; ``placed`` is not changed.

    >>> segs = pd.DataFrame({"attempts": [9, 1], "rides": [7, 0], "users": [10, 30]})
    >>> fig = quadrant_plot(place(segs, "attempts", "rides"), "attempts", "rides",
    ...                     size_col="users")
    >>> fig.axes[0].get_title(loc="left")
    "'low impact' holds the most users (75%)"
    """
    validate.columns(placed, [x, y, "quadrant", size_col, label_col], "quadrant_plot")
    if title is None:
        weight = placed[size_col] if size_col is not None else pd.Series(1, index=placed.index)
        totals = weight.groupby(placed["quadrant"].astype("object")).sum()
        top, share = quadrant_label(totals.idxmax()), totals.max() / totals.sum()
        if size_col is not None:
            title = tr("'{quadrant}' holds the most users ({share:.0%})", quadrant=top, share=share)
        else:
            title = tr(
                "'{quadrant}' holds the most segments ({share:.0%})", quadrant=top, share=share
            )
    fig, ax, made = figure_for(ax, (8.5, 6))
    tx, ty = placed.attrs.get("thresholds", (placed[x].median(), placed[y].median()))
    sizes = 40 if size_col is None else 1500 * placed[size_col] / placed[size_col].max() + 20
    colours = placed["quadrant"].astype("object").map(QUADRANT_COLOURS)
    ax.scatter(placed[x], placed[y], s=sizes, c=list(colours), alpha=0.7, edgecolor="white")
    ax.axvline(tx, color="black", ls="--", lw=0.8)
    ax.axhline(ty, color="black", ls="--", lw=0.8)
    if label_col is not None:
        for _, row in placed.iterrows():
            ax.annotate(str(row[label_col]), (row[x], row[y]), fontsize=7, ha="center", va="center")
    corners = {  # in axes fractions, a little inside each corner: never clipped
        "natural growth": (0.98, 0.98, "right", "top"),
        "action needed": (0.98, 0.02, "right", "bottom"),
        "retention strategy needed": (0.02, 0.98, "left", "top"),
        "low impact": (0.02, 0.02, "left", "bottom"),
    }
    for name, (cx, cy, ha, va) in corners.items():
        ax.text(
            cx,
            cy,
            quadrant_label(name),
            ha=ha,
            va=va,
            transform=ax.transAxes,
            fontsize=10,
            fontweight="bold",
            color=QUADRANT_COLOURS[name],
        )
    takeaway(ax, title, xlabel=xlabel, ylabel=ylabel, note=made)
    if made:
        fig.tight_layout()
    return fig
