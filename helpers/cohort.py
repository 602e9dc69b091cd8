"""Cohort analysis: a table of any metric by cohort period x periods elapsed.

Cells the data cannot fill yet (a June cohort has no "3 months later") are ``NaN`` and
drawn as "not yet", never as 0 - a young cohort is not a bad cohort.

>>> import pandas as pd
>>> log = pd.DataFrame({
...     "user_id": [1, 1, 2, 3],
...     "timestamp": pd.to_datetime(["2024-01-05", "2024-02-07", "2024-01-20", "2024-02-02"]),
...     "event": ["open"] * 4})
>>> cohort_table(log, metric="retention")
age        0    1
cohort
2024-01  1.0  0.5
2024-02  1.0  NaN
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers import validate
from helpers.i18n import tr, translate_text
from helpers.style import PALETTE, figure_for, takeaway

METRICS = ("retention", "users", "count", "conversion", "sum")


def _cohorts(log, user_col, time_col, cohort_time_col, period):
    if cohort_time_col is None:
        first = log.groupby(user_col, sort=False)[time_col].min()
    else:
        first = log.groupby(user_col, sort=False)[cohort_time_col].min()
    return first.dt.to_period(period).rename("cohort")


def cohort_table(
    log: pd.DataFrame,
    *,
    metric: str = "retention",
    user_col: str = "user_id",
    time_col: str = "timestamp",
    event_col: str = "event",
    cohort_time_col: str | None = None,
    period: str = "M",
    active_events: Sequence[str] | None = None,
    convert_from: str | None = None,
    convert_to: str | None = None,
    last_period: str | pd.Period | None = None,
    value_col: str | None = None,
) -> pd.DataFrame:
    """Cohort x age table. Rows: cohort (period of each user's start); columns: periods elapsed.

    * ``metric="retention"``: share of the cohort's users active at each age (active = any
      event, or one of ``active_events``).
    * ``metric="users"``: number of the cohort's users active at each age.
    * ``metric="count"``: number of events (``active_events``) at each age.
    * ``metric="sum"``: total of the numbers in ``value_col`` (e.g. revenue) at each age.
    * ``metric="conversion"``: of the cohort's users who did ``convert_from`` in that period,
      the share who also did ``convert_to`` in it (e.g. attempt -> reservation).

    A user's start is their first event, or ``cohort_time_col`` (e.g. a sign-up time column
    joined onto the log; events before it are left out). Cells after ``last_period``
    (default: the last period in the log) are NaN: the data cannot fill them yet.

    Returns floats with a ``PeriodIndex`` named ``cohort`` (the periods in which someone
    started) and columns ``0, 1, ...`` named ``age`` (whole periods since the start). Raises
    ``ValueError`` for an unknown metric, period or event, a missing ``convert_from`` /
    ``convert_to`` / ``value_col``, or a ``last_period`` before the first cohort, and
    ``TypeError`` for a column of the wrong kind. The log is not changed; any index works.

    >>> log = pd.DataFrame({"user_id": [1, 1, 2], "event": ["buy"] * 3,
    ...     "timestamp": pd.to_datetime(["2024-01-05", "2024-02-07", "2024-01-20"]),
    ...     "amount": [10, 5, 20]})
    >>> cohort_table(log, metric="sum", value_col="amount")
    age         0    1
    cohort
    2024-01  30.0  5.0
    """
    _check_table_arguments(
        log,
        metric=metric,
        user_col=user_col,
        time_col=time_col,
        event_col=event_col,
        cohort_time_col=cohort_time_col,
        period=period,
        active_events=active_events,
        convert_from=convert_from,
        convert_to=convert_to,
        value_col=value_col,
    )
    last = log[time_col].max() if last_period is None else last_period
    end = pd.Period(last, freq=period)
    cohorts = _cohorts(log, user_col, time_col, cohort_time_col, period)  # one per user
    sizes = _cohort_sizes_until(cohorts, end, last_period)
    rows = _events_by_cohort_and_age(
        log,
        cohorts,
        user_col=user_col,
        time_col=time_col,
        period=period,
        chosen=None if metric == "conversion" else active_events,
        event_col=event_col if (metric == "conversion" or active_events) else None,
        value_col=value_col,
    )
    if metric == "conversion":
        cells = _conversion_cells(rows, convert_from, convert_to)
    else:
        cells = _active_cells(rows, metric)
    return _lay_out(cells, sizes, end, metric)


def _check_table_arguments(log: pd.DataFrame, **arg) -> None:
    """The checks of :func:`cohort_table`'s arguments, each with a message that names the fix."""
    func = "cohort_table"
    uses_events = arg["active_events"] or arg["convert_from"]
    validate.event_log(
        log, arg["user_col"], arg["time_col"], arg["event_col"] if uses_events else None, func
    )
    validate.choice(arg["metric"], METRICS, "metric", func)
    validate.choice(arg["period"], ["D", "W", "M", "Q"], "period", func)
    if arg["cohort_time_col"] is not None:
        validate.columns(log, [arg["cohort_time_col"]], func)
        validate.datetimes(log, arg["cohort_time_col"], func)
    if arg["metric"] == "conversion":
        if arg["convert_from"] is None or arg["convert_to"] is None:
            raise ValueError(
                tr("{func}(): metric='conversion' needs convert_from= and convert_to=.", func=func)
            )
        validate.events_known(log, arg["event_col"], [arg["convert_from"], arg["convert_to"]], func)
    if arg["active_events"] is not None:
        validate.events_known(log, arg["event_col"], list(arg["active_events"]), func)
    if (arg["metric"] == "sum") != (arg["value_col"] is not None):
        raise ValueError(
            tr(
                "{func}(): metric='sum' and value_col= go together: name the column of numbers "
                "to add up, e.g. metric='sum', value_col='revenue'.",
                func=func,
            )
        )
    if arg["value_col"] is not None:
        validate.columns(log, [arg["value_col"]], func)
        validate.numbers(log, arg["value_col"], func)


def _events_by_cohort_and_age(
    log: pd.DataFrame,
    cohorts: pd.Series,
    *,
    user_col: str,
    time_col: str,
    period: str,
    chosen: Sequence[str] | None,
    event_col: str | None,
    value_col: str | None,
) -> pd.DataFrame:
    """The events that count (the ``chosen`` events, else all) from each user's cohort on:
    rows of ``user``, ``cohort`` (from ``cohorts``, one per user), ``age`` (periods since the
    cohort's start) and ``event`` / ``value`` when named. A fresh index: any index works."""
    names = {"user": user_col, "when": time_col, "event": event_col, "value": value_col}
    rows = pd.DataFrame(
        {name: log[col].array for name, col in names.items() if col is not None}, copy=False
    )
    if chosen is not None:
        rows = rows[rows["event"].isin(list(chosen))]
    rows["cohort"] = rows["user"].map(cohorts)
    rows["age"] = _periods_between(rows["cohort"], rows["when"].dt.to_period(period))
    return rows[rows["age"] >= 0]  # events before the user's own start do not count


def _periods_between(earlier, later):
    """Whole periods from ``earlier`` to ``later``: Periods of one frequency, each one Period
    or a Series / Index of them (then an integer Series / Index).

    >>> _periods_between(pd.Period("2024-11", "M"), pd.Period("2025-02", "M"))
    3
    """

    def number(p):  # a period's running number since 1970: differences count whole periods
        return p.ordinal if isinstance(p, pd.Period) else p.astype("int64")

    return number(later) - number(earlier)


def _cohort_sizes_until(cohorts: pd.Series, end: pd.Period, last_period) -> pd.Series:
    """Users per cohort (from each user's cohort) for the cohorts that start by ``end``; a
    ValueError if none does."""
    sizes = cohorts.value_counts().sort_index()
    sizes = sizes[sizes.index <= end]
    if sizes.empty:
        raise ValueError(
            tr(
                "{func}(): last_period={last_period!r} is before the first cohort.",
                func="cohort_table",
                last_period=last_period,
            )
        )
    return sizes


def _active_cells(rows: pd.DataFrame, metric: str) -> pd.Series:
    """Per (cohort, age) with events: the events, the sum of their values, or the users."""
    if metric == "count":
        return rows.groupby(["cohort", "age"]).size()
    if metric == "sum":
        return rows.groupby(["cohort", "age"])["value"].sum()
    active = rows.drop_duplicates(["user", "age"])  # "users", and the numerator of "retention"
    return active.groupby(["cohort", "age"]).size()


def _conversion_cells(rows: pd.DataFrame, convert_from: str, convert_to: str) -> pd.Series:
    """Per (cohort, age): of the users who did ``convert_from``, the share who did ``convert_to``."""
    did = rows.assign(tried=rows["event"] == convert_from, done=rows["event"] == convert_to)
    per_user = did.groupby(["cohort", "age", "user"])[["tried", "done"]].any()
    tried = per_user[per_user["tried"]]
    return tried.groupby(level=["cohort", "age"])["done"].mean()


def _lay_out(cells: pd.Series, sizes: pd.Series, end: pd.Period, metric: str) -> pd.DataFrame:
    """The cells as a cohort x age grid; a cell after ``end`` is NaN (not yet observable)."""
    empty = np.nan if metric == "conversion" else 0  # a cell with no events: nobody tried / 0
    ages = range(_periods_between(sizes.index[0], end) + 1)
    table = cells.unstack("age", fill_value=empty)
    table = table.reindex(index=sizes.index, columns=ages, fill_value=empty).astype("float64")
    if metric == "retention":
        table = table.div(sizes, axis=0)
    table.index.name, table.columns = "cohort", pd.RangeIndex(len(ages), name="age")
    return table.where(_observable(table.index, table.columns, end))


def _ordinals(ts: pd.Series, period: str) -> np.ndarray:
    """Period ordinals (as pandas numbers them) of datetimes, fast for months and days."""
    if period in ("M", "D") and ts.dt.tz is None:
        return ts.to_numpy().astype(f"datetime64[{period}]").view("int64")
    return ts.dt.to_period(period).array.asi8


def _observable(cohorts: pd.PeriodIndex, ages, end: pd.Period) -> np.ndarray:
    """A cohort x age grid of booleans: True where the cell's period is ``end`` or earlier."""
    start = cohorts.asi8[:, None]
    age = np.asarray(list(ages))[None, :]
    return start + age <= end.ordinal


def cohort_sizes(
    log: pd.DataFrame,
    *,
    user_col: str = "user_id",
    time_col: str = "timestamp",
    cohort_time_col: str | None = None,
    period: str = "M",
) -> pd.Series:
    """Users per cohort (the denominators of a retention table).

    >>> log = pd.DataFrame({"user_id": [1, 2], "timestamp": pd.to_datetime(["2024-01-05", "2024-02-02"])})
    >>> cohort_sizes(log).tolist()
    [1, 1]
    """
    func = "cohort_sizes"
    validate.event_log(log, user_col, time_col, None, func)
    out = _cohorts(log, user_col, time_col, cohort_time_col, period).value_counts().sort_index()
    out.name = "users"
    return out


def partial_last_period(times: pd.Series | pd.DatetimeIndex, period: str = "M") -> pd.Period | None:
    """The last period of the data if the data stops before that period ends, else None.

    A log that ends on 3 June covers 3 days of June: June's cells look like low retention
    but are only a few days of it. Such a period should be marked and left out of averages.

    >>> partial_last_period(pd.Series(pd.to_datetime(["2024-05-02", "2024-06-03"])))
    Period('2024-06', 'M')
    >>> partial_last_period(pd.Series(pd.to_datetime(["2024-05-02 09:00", "2024-06-30 18:00"]))) is None
    True
    """
    validate.choice(period, ["D", "W", "M", "Q"], "period", "partial_last_period")
    last = pd.Series(times).max()
    if pd.isna(last):
        return None
    p = pd.Period(last, freq=period)
    covered_to = last.normalize()  # the last day with data
    return p if covered_to < p.end_time.normalize() else None


def cohort_heatmap(
    table: pd.DataFrame,
    title: str,
    *,
    fmt: str = ".0%",
    age_label: str = "Months since sign-up",
    cohort_label: str = "Sign-up month (cohort)",
    ax: Axes | None = None,
    partial: pd.Period | None = None,
) -> Figure:
    """Draw a cohort table as a heatmap; cells the data cannot fill yet are hatched 'not yet'.

    ``table``: cohorts x ages (e.g. from :func:`cohort_table`), numbers or NaN; ``fmt``
    formats the numbers written in the cells (``".0%"`` for shares, ``".0f"`` for counts).
    For a retention table (age 0 is 100% by definition) the colour scale is set by the other
    ages, so their differences show. With ``partial`` (see :func:`partial_last_period`), the
    cells of that calendar period are marked with an asterisk. Many cohorts keep a bounded
    height: the numbers are left out and only some cohort labels are shown.

    Draws on ``ax`` if given (the caller's figure: no data note), else on a new figure that
    carries the synthetic-data note. Returns the Figure. Raises TypeError if ``table`` is
    not a DataFrame.

    >>> table = pd.DataFrame([[1.0, 0.5]], index=pd.PeriodIndex(["2024-01"], freq="M"))
    >>> cohort_heatmap(table, "Half come back").axes[0].get_title(loc="left")
    'Half come back'
    """
    validate.frame(table, "cohort_heatmap")
    fig, ax, made = figure_for(ax, _heatmap_size(*table.shape))
    values = table.to_numpy(dtype="float64")
    marked = _partial_cells(table, values, partial)
    vmin, vmax, by_later_ages = _colour_range(values, marked)
    _draw_cells(ax, values, vmin, vmax, by_later_ages)
    if table.shape[1] <= 20 and table.shape[0] <= 30:
        _write_numbers(ax, values, marked, fmt, vmin, vmax)
    elif marked.any():
        rows, cols = np.nonzero(marked)
        ax.scatter(cols, rows, marker="*", s=12, color="white")
    _label_heatmap(ax, table, title, age_label, cohort_label, partial if marked.any() else None)
    takeaway(ax, title, note=made)  # the note is the figure maker's to add
    fig.tight_layout()
    return fig


def _heatmap_size(n_rows: int, n_cols: int) -> tuple[float, float]:
    """A figure size (inches) that grows with the table, within bounds."""
    return min(12, max(7.0, 1.2 + 0.55 * n_cols)), min(9.0, 1.4 + 0.38 * n_rows)


def _partial_cells(table: pd.DataFrame, values: np.ndarray, partial) -> np.ndarray:
    """True for the filled cells that fall in the partly covered calendar period ``partial``."""
    if partial is None or not isinstance(table.index, pd.PeriodIndex):
        return np.zeros(values.shape, dtype=bool)
    cell_period = table.index.asi8[:, None] + np.asarray(list(table.columns))[None, :]
    in_partial = cell_period == pd.Period(partial, freq=table.index.freq).ordinal
    return in_partial & np.isfinite(values)


def _colour_range(values: np.ndarray, marked: np.ndarray) -> tuple[float, float, bool]:
    """(vmin, vmax, set by ages 1+ only?): a partly covered period does not set the scale, nor
    does age 0 of a retention table (100% by definition)."""
    scaled = np.where(marked, np.nan, values)
    age0 = values[:, 0] if values.shape[1] else values
    by_later_ages = False
    if values.shape[1] > 1 and np.isfinite(age0).any():
        if np.allclose(age0[np.isfinite(age0)], 1.0) and np.isfinite(scaled[:, 1:]).any():
            scaled, by_later_ages = scaled[:, 1:], True
    if not np.isfinite(scaled).any():
        scaled = values
    lo, hi = float(np.nanmin(scaled)), float(np.nanmax(scaled))
    if hi > lo:
        return lo, hi, by_later_ages
    vmin = min(lo, 0.0)  # one value only: a scale from 0 that shows it
    return vmin, (max(hi, 1.0) if max(hi, 1.0) > vmin else vmin + 1.0), by_later_ages


def _draw_cells(ax: Axes, values: np.ndarray, vmin: float, vmax: float, by_later: bool) -> None:
    """The coloured cells on a hatched 'not yet' background, and the colour bar."""
    ax.set_facecolor("#f0f0f0")
    ax.patch.set_hatch("///")
    ax.patch.set_edgecolor("#c8c8c8")
    image = ax.imshow(
        np.ma.masked_invalid(values),
        cmap="viridis",
        aspect="auto",
        interpolation="nearest",
        vmin=vmin,
        vmax=vmax,
    )
    bar = ax.figure.colorbar(image, ax=ax, shrink=0.8)
    if by_later:
        bar.set_label(tr("colour scale: ages 1+ (age 0 is 100%)"), fontsize=8)


def _write_numbers(
    ax: Axes, values: np.ndarray, marked: np.ndarray, fmt: str, vmin: float, vmax: float
) -> None:
    """Each filled cell's number (an asterisk on the partly covered ones), light on dark."""
    size = 10 if max(values.shape) <= 8 else 7.5  # few cells: big numbers
    for (i, j), v in np.ndenumerate(values):
        if np.isfinite(v):
            dark = (min(max(v, vmin), vmax) - vmin) / (vmax - vmin) < 0.6
            ax.text(
                j,
                i,
                format(v, fmt) + ("*" if marked[i, j] else ""),
                ha="center",
                va="center",
                fontsize=size,
                color="white" if dark else "black",
            )


def _label_heatmap(
    ax: Axes, table: pd.DataFrame, title: str, age_label: str, cohort_label: str, partial
) -> None:
    """Ticks (at most ~24 per axis), no frame, and the axis labels in the learner's language
    (a caller's own label stays as it is if the catalogue does not know it)."""
    n_rows, n_cols = table.shape
    x_step = max(1, int(np.ceil(n_cols / 24)))
    ax.set_xticks(range(0, n_cols, x_step), [str(c) for c in table.columns[::x_step]])
    step = max(1, int(np.ceil(n_rows / 24)))
    ax.set_yticks(range(0, n_rows, step), [str(i) for i in table.index[::step]])
    ax.grid(False)
    ax.tick_params(length=0)
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    xlabel = tr("{age_label}  (hatched: not yet observable)", age_label=translate_text(age_label))
    if partial is not None:
        xlabel += "\n" + tr("*: {period} is only partly covered by the data", period=partial)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(translate_text(cohort_label))


def active_user_breakdown(
    log: pd.DataFrame,
    *,
    user_col: str = "user_id",
    time_col: str = "timestamp",
    period: str = "M",
) -> pd.DataFrame:
    """Each period's active users split into new / retained / resurrected, and the dormant.

    * new: first ever active this period;
    * retained: active this period and the one before;
    * resurrected: active now, not in the previous period, but some time before;
    * dormant: active in the previous period but not this one (shown as a negative count).

    >>> log = pd.DataFrame({"user_id": [1, 1, 2, 1],
    ...     "timestamp": pd.to_datetime(["2024-01-01", "2024-02-01", "2024-02-02", "2024-04-01"])})
    >>> active_user_breakdown(log).loc["2024-04"].to_dict()
    {'new': 0, 'retained': 0, 'resurrected': 1, 'dormant': 0}
    """
    func = "active_user_breakdown"
    validate.event_log(log, user_col, time_col, None, func)
    codes, _ = pd.factorize(log[user_col], sort=False)
    when = _ordinals(log[time_col], period)
    first = int(when.min())
    periods = pd.PeriodIndex.from_ordinals(np.arange(first, int(when.max()) + 1), freq=period)
    a = np.zeros((codes.max() + 1, len(periods)), dtype=bool)
    a[codes, when - first] = True
    prev = np.zeros_like(a)
    prev[:, 1:] = a[:, :-1]
    ever_before = np.zeros_like(a)
    ever_before[:, 1:] = np.logical_or.accumulate(a, axis=1)[:, :-1]
    out = pd.DataFrame(
        {
            "new": (a & ~ever_before).sum(axis=0),
            "retained": (a & prev).sum(axis=0),
            "resurrected": (a & ~prev & ever_before).sum(axis=0),
            "dormant": -(~a & prev).sum(axis=0),
        },
        index=periods,
    )
    out.index.name = "period"
    return out.astype("int64")


def breakdown_plot(breakdown: pd.DataFrame, title: str, *, ax: Axes | None = None) -> Figure:
    """Stacked bars of :func:`active_user_breakdown` (dormant below zero).

    Draws on ``ax`` if given (the caller's figure: no data note), else on a new figure that
    carries the synthetic-data note. Returns the Figure.
    """
    fig, ax, made = figure_for(ax, (9, 4.5))
    x = np.arange(len(breakdown))
    colours = {
        "new": PALETTE["sky"],
        "retained": PALETTE["blue"],
        "resurrected": PALETTE["green"],
        "dormant": PALETTE["vermillion"],
    }
    bottom = np.zeros(len(breakdown))
    labels = {  # the legend in the learner's language; the columns keep their names
        "retained": tr("retained"),
        "resurrected": tr("resurrected"),
        "new": tr("new"),
        "dormant": tr("dormant (left)"),
    }
    for col in ("retained", "resurrected", "new"):
        ax.bar(x, breakdown[col], bottom=bottom, color=colours[col], label=labels[col])
        bottom += breakdown[col].to_numpy()
    ax.bar(x, breakdown["dormant"], color=colours["dormant"], label=labels["dormant"])
    ax.axhline(0, color="black", lw=0.8)
    ax.set_xticks(x, [str(p) for p in breakdown.index], rotation=45, ha="right")
    ax.legend(ncol=4, loc="upper left", fontsize=9)
    takeaway(ax, title, xlabel=tr("Month"), ylabel=tr("Users"), note=made)
    fig.tight_layout()
    return fig
