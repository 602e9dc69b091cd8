"""One plot style for the whole course: colour-blind-safe, labelled, takeaway titles.

>>> from helpers.style import use_course_style, PALETTE
>>> use_course_style()
>>> PALETTE["blue"]
'#0072B2'
"""

from __future__ import annotations

import matplotlib as mpl
import matplotlib.pyplot as plt
from cycler import cycler

# Okabe & Ito (2008): a palette that stays distinct for the common colour-vision deficiencies.
PALETTE: dict[str, str] = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "grey": "#7F7F7F",
    "black": "#000000",
}
CYCLE = [PALETTE[k] for k in ("blue", "orange", "green", "vermillion", "sky", "purple", "grey")]

# Quadrant colours are used in notebooks 04, 06 and 07 alike.
QUADRANT_COLOURS: dict[str, str] = {
    "natural growth": PALETTE["green"],
    "action needed": PALETTE["vermillion"],
    "retention strategy needed": PALETTE["blue"],
    "low impact": PALETTE["grey"],
}

SYNTHETIC_NOTE = "Synthetic data (fictional company)"


def use_course_style() -> None:
    """Apply the course style to every following matplotlib/seaborn figure."""
    mpl.rcParams.update(
        {
            "figure.figsize": (8.0, 4.5),
            "figure.dpi": 100,
            "savefig.dpi": 100,
            "font.family": "DejaVu Sans",
            "font.size": 10.5,
            "axes.titlesize": 12.5,
            "axes.titleweight": "bold",
            "axes.titlelocation": "left",
            "axes.labelsize": 10.5,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "grid.alpha": 0.3,
            "axes.prop_cycle": cycler(color=CYCLE),
            "legend.frameon": False,
            "image.cmap": "viridis",
            "date.converter": "concise",  # short, non-overlapping date labels
        }
    )


def takeaway(
    ax: plt.Axes,
    title: str,
    *,
    xlabel: str | None = None,
    ylabel: str | None = None,
    note: bool = True,
) -> plt.Axes:
    """Give an axes its takeaway title, axis labels and the 'synthetic data' note.

    >>> fig, ax = plt.subplots()
    >>> _ = takeaway(ax, "Returns lead revenue by a month", xlabel="Month", ylabel="Rides")
    >>> ax.get_title(loc="left")
    'Returns lead revenue by a month'
    """
    ax.set_title(title, loc="left")
    if xlabel is not None:
        ax.set_xlabel(xlabel)
    if ylabel is not None:
        ax.set_ylabel(ylabel)
    if note:
        ax.annotate(
            SYNTHETIC_NOTE,
            xy=(1.0, 1.0),
            xycoords="axes fraction",
            xytext=(0, 18),
            textcoords="offset points",
            ha="right",
            va="bottom",
            fontsize=8,
            color=PALETTE["grey"],
        )
    return ax
