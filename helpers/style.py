"""One plot style for the whole course: colour-blind-safe, labelled, takeaway titles.

Text is drawn in DejaVu Sans (matplotlib's own font, so English figures look the same on every
machine); any character it lacks - Hangul in a learner's own event names, say - falls back to
NanumGothic (나눔고딕), which ships inside this package (``helpers/fonts``, SIL Open Font
License), so Korean renders on every route (pip, conda, Binder) without a system font.

**The rule for plot helpers** (``funnel_plot``, ``quadrant_plot``, ``aha_plot``,
``lead_lag_plot``, ``cohort_heatmap``, the strategy figures): each takes ``ax: Axes | None =
None`` and returns the Figure. Without ``ax`` it makes its own figure (:func:`figure_for`),
lays it out, and puts the synthetic-data note on it (:func:`takeaway` with ``note=True``).
Given ``ax``, it draws on that Axes only: the figure is the caller's, so the caller adds the
note (:func:`synthetic_note`) and lays the figure out (``fig.tight_layout()``) when it is
done. Figures of what a learner wrote (a 5-whys chain, a metric tree) carry no data and so no
note.

>>> from helpers.style import use_course_style, PALETTE
>>> use_course_style()
>>> PALETTE["blue"]
'#0072B2'
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
from cycler import cycler
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers.i18n import tr

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

#: The course font for Latin text, then the bundled font for Hangul (used only where the first
#: lacks a glyph: matplotlib's per-character font fallback).
FONT_FILE = Path(__file__).resolve().parent / "fonts" / "NanumGothic.ttf"
#: The bold face, for the course's bold titles (without it matplotlib logs a warning and
#: draws bold Hangul in the regular weight).
FONT_FILE_BOLD = FONT_FILE.with_name("NanumGothicBold.ttf")
HANGUL_FONT = "NanumGothic"
FONT_FAMILY = ["DejaVu Sans", HANGUL_FONT]


def register_fonts() -> str:
    """Make the bundled Hangul font known to matplotlib (once); return its family name.

    Raises ``FileNotFoundError`` naming the file if the package was installed without it
    (reinstall the course: ``pip install -e .`` from the course folder).

    >>> register_fonts()
    'NanumGothic'
    """
    for path in (FONT_FILE, FONT_FILE_BOLD):
        if not path.is_file():
            raise FileNotFoundError(
                f"The course's Hangul font is missing: {path}. Reinstall the course from its "
                "folder (`pip install -e .`, or `python3 kit.py lab`), which ships it."
            )
    known = {Path(f.fname).resolve() for f in font_manager.fontManager.ttflist}
    for path in (FONT_FILE, FONT_FILE_BOLD):
        if path not in known:
            font_manager.fontManager.addfont(str(path))  # also clears findfont's cache
    # NanumGothic Bold calls itself "Bold" (name and style bits) but declares weight 600, so
    # matplotlib would log "Failed to find font weight bold" under every bold Hangul title:
    # list it at 700, the weight it names.
    entries = font_manager.fontManager.ttflist
    for i, entry in enumerate(entries):
        if Path(entry.fname).resolve() == FONT_FILE_BOLD and entry.weight != 700:
            entries[i] = dataclasses.replace(entry, weight=700)
    name = font_manager.FontProperties(fname=str(FONT_FILE)).get_name()
    if name != HANGUL_FONT:  # pragma: no cover - only if the file were swapped
        raise RuntimeError(f"{FONT_FILE} is {name!r}, expected {HANGUL_FONT!r}.")
    return name


def use_course_style() -> None:
    """Apply the course style to every following matplotlib/seaborn figure.

    Text in DejaVu Sans, with the bundled NanumGothic for Hangul (see the module docstring).
    """
    register_fonts()
    mpl.rcParams.update(
        {
            "figure.figsize": (8.0, 4.5),
            "figure.dpi": 100,
            "savefig.dpi": 100,
            "font.family": list(FONT_FAMILY),
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
    ax: Axes,
    title: str,
    *,
    xlabel: str | None = None,
    ylabel: str | None = None,
    note: bool = True,
) -> Axes:
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
        synthetic_note(ax)
    return ax


def synthetic_note(ax: Axes) -> Axes:
    """Write the 'synthetic data' note above the top right corner of ``ax``; return ``ax``.

    A plot helper adds it to a figure it made; a caller who passed ``ax=`` adds it here.

    >>> fig, ax = plt.subplots()
    >>> synthetic_note(ax).texts[-1].get_text()
    'Synthetic data (fictional company)'
    """
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


def figure_for(ax: Axes | None, figsize: tuple[float, float]) -> tuple[Figure, Axes, bool]:
    """The figure and Axes a plot helper draws on, and whether the helper made the figure.

    With ``ax`` given: its figure, ``ax`` and False (the caller owns the layout and the
    note). Without: a new figure of ``figsize`` inches (width, height), its one Axes, and True.

    >>> fig, ax, made = figure_for(None, (4, 3))
    >>> made, fig.get_size_inches().tolist()
    (True, [4.0, 3.0])
    >>> figure_for(ax, (8, 6))[1:] == (ax, False)
    True
    """
    if ax is None:
        fig, ax = plt.subplots(figsize=figsize)
        return fig, ax, True
    if not isinstance(ax, Axes):
        raise TypeError(
            tr(
                "ax must be a matplotlib Axes (e.g. from `fig, ax = plt.subplots()`), got {kind}.",
                kind=type(ax).__name__,
            )
        )
    return ax.figure, ax, False
