"""KPIs for a B2B SaaS product, NPS, and the simple unit economics of notebook 09.

Every function takes a DataFrame plus the names of the columns to use; the defaults match
world 2's tables (``load_saas_account_months()``, ``load_saas_nps()``, ...), so on the course
data most calls need only the frame. No function changes the frame it is given.

Definitions used here (written out, because teams define them differently):

* **NPS** = % promoters (score 9-10) - % detractors (0-6), from -100 to 100; passives (7-8)
  count in the denominator only.
* **MRR** (monthly recurring revenue) by month = the sum of the accounts' MRR that month.
* **CMGR** (compound monthly growth rate) = (last month / first month) ** (1 / months
  between them) - 1: the constant monthly growth that links the two ends.
* **Growth rate** (month over month) = this month / last month - 1.
* **Repeat purchase rate** = of the customers who bought at least once, the share who bought
  two or more times.
* **Gross margin** = (revenue - cost to serve) / revenue.
* **Total customers** in a month = distinct accounts with a paid (not churned) row.
* **Cohort LTV** at age *k* = the cohort's cumulative gross margin (or revenue) over its
  months 0..k, divided by the number of accounts that started in the cohort.
* **CAC payback** = CAC / (first-month MRR x gross margin): months of margin to earn back
  what it cost to acquire the accounts.

>>> scores = pd.DataFrame({"score": [10, 9, 8, 3]})
>>> nps(scores)
25.0
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from helpers import cohort, validate
from helpers.funnel import MISSING
from helpers.i18n import tr

PROMOTER_MIN = 9  # 9-10 are promoters
PASSIVE_MIN = 7  # 7-8 are passives; 0-6 are detractors
NPS_CATEGORIES = ["detractor", "passive", "promoter"]

_REVENUE = ("mrr_krw", "addon_revenue_krw")


# ---- small shared pieces ------------------------------------------------------------------


def _as_list(cols: str | Sequence[str] | None) -> list[str]:
    if cols is None:
        return []
    if isinstance(cols, str):
        return [cols]
    return list(cols)


def _group_key(values: pd.Series) -> pd.Series:
    """A ``by=`` column as a group key in which a missing value is the group ``"(missing)"``.

    pandas' groupby leaves rows with a missing key out, so the groups would no longer add up
    to the whole; a categorical keeps its order, with ``"(missing)"`` last.

    >>> _group_key(pd.Series(["pro", None])).tolist()
    ['pro', '(missing)']
    """
    if not values.isna().any():
        return values
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.add_categories([MISSING]).fillna(MISSING)
    return values.astype("object").where(values.notna(), MISSING)


def _to_month(s: pd.Series) -> pd.Series:
    """Timestamps -> the first day of their calendar month (datetime64[ns])."""
    return s.dt.to_period("M").dt.to_timestamp().astype("datetime64[ns]")


def _month_range(months: pd.Series, name: str) -> pd.DatetimeIndex:
    return pd.date_range(months.min(), months.max(), freq="MS", name=name)


def _months_between(first, last):
    """Whole calendar months from ``first`` to ``last`` (Period arithmetic on their months):
    two Timestamps (or Periods) give an int, datetime Series give an integer Series.

    >>> _months_between(pd.Timestamp("2024-11-30"), pd.Timestamp("2025-02-01"))
    3
    """

    def month_number(x):  # calendar months since January 1970
        if isinstance(x, pd.Series):
            return x.dt.to_period("M").astype("int64")
        return pd.Period(x, freq="M").ordinal

    return month_number(last) - month_number(first)


def _check_scores(s: pd.Series, func: str, name: str) -> pd.Series:
    """Scores must be whole numbers from 0 to 10, with nothing missing."""
    if pd.api.types.is_bool_dtype(s) or not pd.api.types.is_numeric_dtype(s):
        raise TypeError(
            tr(
                "{func}(): {name} must hold numbers from 0 to 10, but its dtype is {dtype}. "
                "If the scores were read as text, convert them: pd.to_numeric(...).",
                func=func,
                name=name,
                dtype=s.dtype,
            )
        )
    n_missing = int(s.isna().sum())
    if n_missing:
        raise ValueError(
            tr(
                "{func}(): {name} has {n} missing scores (NaN). Drop the blank responses "
                "first: they are not detractors.",
                func=func,
                name=name,
                n=n_missing,
            )
        )
    values = s.to_numpy(dtype=float)
    bad = (values < 0) | (values > 10)
    if bad.any():
        raise ValueError(
            tr(
                "{func}(): {name} must be between 0 and 10, but {n} values are outside, e.g. "
                "{example:g}. Is this a different scale (1-5, 0-100)?",
                func=func,
                name=name,
                n=int(bad.sum()),
                example=values[bad][0],
            )
        )
    if (values != np.round(values)).any():
        raise ValueError(
            tr(
                "{func}(): {name} must be whole numbers 0-10 (the NPS question has 11 answers), "
                "but some have decimals, e.g. {example:g}.",
                func=func,
                name=name,
                example=values[values != np.round(values)][0],
            )
        )
    return s


def _score_series(df: pd.DataFrame | pd.Series, score_col: str, func: str) -> pd.Series:
    if isinstance(df, pd.Series):
        if df.empty:
            raise ValueError(tr("{func}() got no scores (an empty Series).", func=func))
        return _check_scores(df, func, tr("the scores"))
    validate.frame(df, func)
    validate.columns(df, [score_col], func)
    return _check_scores(df[score_col], func, tr("column {column!r}", column=score_col))


def _revenue(df: pd.DataFrame, revenue_col: str | Sequence[str], func: str) -> pd.Series:
    cols = _as_list(revenue_col)
    if not cols:
        raise ValueError(tr("{func}(): name at least one revenue column.", func=func))
    validate.columns(df, cols, func)
    for col in cols:
        validate.numbers(df, col, func)
    return df[cols].sum(axis=1)


def _monthly_sum(
    df: pd.DataFrame, month_col: str, value_col: str, by: str | None, func: str
) -> pd.Series | pd.DataFrame:
    validate.frame(df, func)
    validate.columns(df, [month_col, value_col, by], func)
    validate.datetimes(df, month_col, func)
    validate.numbers(df, value_col, func)
    month = _to_month(df[month_col]).rename(month_col)
    full = _month_range(month, month_col)
    if by is None:
        out = df[value_col].groupby(month).sum()
        return out.reindex(full, fill_value=0).rename(value_col)
    out = df[value_col].groupby([month, _group_key(df[by])]).sum()
    out = out.unstack(fill_value=0)
    return out.reindex(full, fill_value=0)


# ---- NPS ----------------------------------------------------------------------------------


def nps_category(scores: pd.Series | Sequence[float]) -> pd.Series:
    """Name each 0-10 score: ``detractor`` (0-6), ``passive`` (7-8) or ``promoter`` (9-10).

    Returns an ordered categorical Series (same index as ``scores`` if it is a Series).

    >>> nps_category(pd.Series([10, 7, 0])).tolist()
    ['promoter', 'passive', 'detractor']
    """
    func = "nps_category"
    if isinstance(scores, pd.DataFrame):
        raise TypeError(
            tr(
                "{func}() needs one column of scores, e.g. df['score'], not a DataFrame.",
                func=func,
            )
        )
    s = scores if isinstance(scores, pd.Series) else pd.Series(list(scores))
    if s.empty:
        raise ValueError(tr("{func}() got no scores (empty).", func=func))
    _check_scores(s, func, tr("the scores"))
    cat = pd.cut(
        s.astype(float),
        bins=[-0.5, PASSIVE_MIN - 0.5, PROMOTER_MIN - 0.5, 10.5],
        labels=NPS_CATEGORIES,
        ordered=True,
    )
    return cat.rename("nps_category")


def nps(df: pd.DataFrame | pd.Series, score_col: str = "score") -> float:
    """Net Promoter Score: % promoters (9-10) minus % detractors (0-6), from -100 to 100.

    ``df`` is a frame of responses (scores in ``score_col``) or a Series of scores.

    >>> nps(pd.DataFrame({"score": [10, 9, 8, 7, 3]}))
    20.0
    """
    s = _score_series(df, score_col, "nps").astype(float)
    return float(100.0 * ((s >= PROMOTER_MIN).mean() - (s < PASSIVE_MIN).mean()))


def nps_breakdown(
    df: pd.DataFrame, score_col: str = "score", by: str | Sequence[str] | None = None
) -> pd.DataFrame:
    """Shares of promoters, passives and detractors (0-1) and the NPS, per group.

    Columns: ``responses`` (count), ``promoters``, ``passives``, ``detractors`` (shares that
    add up to 1) and ``nps``. With ``by=None`` there is one row, labelled ``"all"``. Rows with
    a missing group are the group ``"(missing)"``, so the groups add up to the whole.

    >>> df = pd.DataFrame({"score": [10, 9, 3, 8], "plan": ["a", "a", "b", "b"]})
    >>> nps_breakdown(df, by="plan")["nps"].tolist()
    [100.0, -50.0]
    """
    func = "nps_breakdown"
    validate.frame(df, func)
    by_cols = _as_list(by)
    validate.columns(df, [score_col, *by_cols], func)
    cat = nps_category(
        _check_scores(df[score_col], func, tr("column {column!r}", column=score_col))
    )
    shares = pd.DataFrame(
        {
            "promoters": (cat == "promoter").astype(float),
            "passives": (cat == "passive").astype(float),
            "detractors": (cat == "detractor").astype(float),
        },
        index=df.index,
    )
    if by_cols:
        grouped = shares.groupby([_group_key(df[c]) for c in by_cols])
        out = grouped.mean()
        out.insert(0, "responses", grouped.size())
    else:
        out = shares.mean().to_frame("all").T
        out.insert(0, "responses", len(shares))
    out["nps"] = 100.0 * (out["promoters"] - out["detractors"])
    return out


def link_nps_to_renewal(
    responses: pd.DataFrame,
    account_months: pd.DataFrame,
    *,
    id_col: str = "account_id",
    time_col: str = "responded_at",
    month_col: str = "month",
    due_col: str = "renewal_due",
    renewed_col: str = "renewed",
    within_months: int = 12,
) -> pd.DataFrame:
    """Attach to each NPS response the account's next renewal decision *after* it.

    For each response, finds the first month with a renewal due that is later than the
    response's month (and at most ``within_months`` later) and adds two columns:
    ``renewal_month`` and ``renewed``. Responses with no such renewal in the data (too recent,
    or the account had left) are dropped. Feed the result to :func:`renewal_rate_by`.

    >>> resp = pd.DataFrame({"account_id": ["a"], "responded_at": [pd.Timestamp("2024-03-05")],
    ...                      "score": [10]})
    >>> months = pd.DataFrame({"account_id": ["a", "a"],
    ...                        "month": pd.to_datetime(["2024-03-01", "2024-06-01"]),
    ...                        "renewal_due": [True, True], "renewed": [False, True]})
    >>> linked = link_nps_to_renewal(resp, months)   # March's renewal was before the answer
    >>> linked.loc[0, "renewal_month"], bool(linked.loc[0, "renewed"])
    (Timestamp('2024-06-01 00:00:00'), True)
    """
    func = "link_nps_to_renewal"
    _check_renewal_inputs(
        responses, account_months, (id_col, time_col, month_col, due_col, renewed_col), func
    )
    if not isinstance(within_months, int) or within_months < 1:
        raise ValueError(tr("{func}(): within_months must be a whole number >= 1.", func=func))
    due = _renewals_due(account_months, id_col, month_col, due_col, renewed_col, func)
    out = responses.reset_index(drop=True)
    out = out.drop(columns=[c for c in ("renewal_month", "renewed") if c in out.columns])
    matched = _next_renewal(out[id_col], out[time_col], due, within_months)
    result = out.iloc[matched.index.to_numpy()].copy()
    result["renewal_month"] = matched["renewal_month"].to_numpy()
    result["renewed"] = matched["renewed"].astype(bool).to_numpy()
    return result.reset_index(drop=True)


def _check_renewal_inputs(
    responses: pd.DataFrame, account_months: pd.DataFrame, cols: tuple, func: str
) -> None:
    """The two frames of :func:`link_nps_to_renewal`, their columns and the due flag's kind."""
    id_col, time_col, month_col, due_col, renewed_col = cols
    validate.frame(responses, func)
    validate.frame(account_months, func)
    validate.columns(responses, [id_col, time_col], func)
    validate.columns(account_months, [id_col, month_col, due_col, renewed_col], func)
    validate.datetimes(responses, time_col, func)
    validate.datetimes(account_months, month_col, func)
    if not pd.api.types.is_bool_dtype(account_months[due_col]):
        raise TypeError(
            tr(
                "{func}(): column {column!r} must be True/False (is a renewal due this "
                "month?), but its dtype is {dtype}.",
                func=func,
                column=due_col,
                dtype=account_months[due_col].dtype,
            )
        )


def _renewals_due(
    account_months: pd.DataFrame,
    id_col: str,
    month_col: str,
    due_col: str,
    renewed_col: str,
    func: str,
) -> pd.DataFrame:
    """The renewals due (``_id``, ``renewal_month``, ``renewed``) in month order; every one
    needs its True/False outcome."""
    due = account_months.loc[account_months[due_col], [id_col, month_col, renewed_col]]
    n_missing = int(due[renewed_col].isna().sum())
    if n_missing:
        raise ValueError(
            tr(
                "{func}(): {n} rows with a renewal due have no {column!r} value; every due "
                "renewal needs a True/False outcome.",
                func=func,
                n=n_missing,
                column=renewed_col,
            )
        )
    due = pd.DataFrame(
        {
            "_id": due[id_col].astype(str).to_numpy(),
            "renewal_month": _to_month(due[month_col]).to_numpy(),
            "renewed": due[renewed_col].astype(bool).to_numpy(),
        }
    ).sort_values("renewal_month", kind="stable")
    due["_id"] = due["_id"].astype("str")  # same key dtype on both sides, even when empty
    return due


def _next_renewal(
    ids: pd.Series, times: pd.Series, due: pd.DataFrame, within_months: int
) -> pd.DataFrame:
    """For each response (``ids``, ``times``; a 0..n-1 index), the account's first renewal due
    in a later month and at most ``within_months`` later; responses without one are left out.
    Indexed by the response's position."""
    left = pd.DataFrame(
        {
            "_id": ids.astype(str).to_numpy(),
            "_key": (_to_month(times) + pd.DateOffset(months=1)).to_numpy(),
            "_row": np.arange(len(ids)),
        }
    ).sort_values("_key", kind="stable")
    left["_id"] = left["_id"].astype("str")
    matched = pd.merge_asof(
        left, due, left_on="_key", right_on="renewal_month", by="_id", direction="forward"
    ).sort_values("_row")
    gap = _months_between(matched["_key"], matched["renewal_month"])
    keep = matched["renewal_month"].notna() & (gap <= within_months - 1)
    return matched.loc[keep].set_index("_row")[["renewal_month", "renewed"]]


def renewal_rate_by(
    df: pd.DataFrame, group_col: str | Sequence[str], renewed_col: str = "renewed"
) -> pd.DataFrame:
    """Renewal rate per group: of the renewals due, the share that renewed.

    ``df`` has one row per renewal due (e.g. from :func:`link_nps_to_renewal`, or the rows of
    the account-months table where ``renewal_due`` is True) and a True/False ``renewed_col``.
    Columns: ``renewals_due``, ``renewed``, ``renewal_rate`` (0-1).

    >>> df = pd.DataFrame({"cat": ["promoter", "promoter", "detractor"],
    ...                    "renewed": [True, True, False]})
    >>> renewal_rate_by(df, "cat")["renewal_rate"].to_dict()
    {'detractor': 0.0, 'promoter': 1.0}
    """
    func = "renewal_rate_by"
    validate.frame(df, func)
    groups = _as_list(group_col)
    validate.columns(df, [*groups, renewed_col], func)
    s = df[renewed_col]
    n_missing = int(s.isna().sum())
    if n_missing:
        raise ValueError(
            tr(
                "{func}(): column {column!r} has {n} missing values. Keep only the rows where "
                "a renewal was due (e.g. df[df['renewal_due']]) before computing a rate.",
                func=func,
                column=renewed_col,
                n=n_missing,
            )
        )
    if not pd.api.types.is_bool_dtype(s):
        if pd.api.types.is_numeric_dtype(s) and s.isin([0, 1]).all():
            s = s.astype(bool)
        else:
            raise TypeError(
                tr(
                    "{func}(): column {column!r} must be True/False (or 0/1), but its dtype "
                    "is {dtype}.",
                    func=func,
                    column=renewed_col,
                    dtype=s.dtype,
                )
            )
    flags = s.astype(int)
    grouped = flags.groupby([_group_key(df[c]) for c in groups])
    out = pd.DataFrame({"renewals_due": grouped.size(), "renewed": grouped.sum()})
    out["renewal_rate"] = out["renewed"] / out["renewals_due"]
    return out


# ---- revenue and customers by month --------------------------------------------------------


def mrr_by_month(
    df: pd.DataFrame, month_col: str = "month", mrr_col: str = "mrr_krw", by: str | None = None
) -> pd.Series | pd.DataFrame:
    """Total MRR per calendar month (months with no rows count as 0).

    Returns a Series indexed by month, or with ``by`` a DataFrame with one column per group.

    >>> df = pd.DataFrame({"month": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-02-01"]),
    ...                    "mrr_krw": [100, 50, 200]})
    >>> mrr_by_month(df).tolist()
    [150, 200]
    """
    return _monthly_sum(df, month_col, mrr_col, by, "mrr_by_month")


def bookings_by_month(
    df: pd.DataFrame,
    month_col: str = "month",
    bookings_col: str = "bookings_krw",
    by: str | None = None,
) -> pd.Series | pd.DataFrame:
    """Total bookings (contract value signed) per calendar month.

    >>> df = pd.DataFrame({"month": pd.to_datetime(["2024-01-01", "2024-03-01"]),
    ...                    "bookings_krw": [1200, 600]})
    >>> bookings_by_month(df).tolist()     # February had no bookings
    [1200, 0, 600]
    """
    return _monthly_sum(df, month_col, bookings_col, by, "bookings_by_month")


def total_customers(
    df: pd.DataFrame,
    id_col: str = "account_id",
    month_col: str = "month",
    status_col: str | None = "status",
    inactive: Sequence[str] = ("churned",),
) -> pd.Series:
    """Number of distinct paying accounts per calendar month.

    Rows whose ``status_col`` is in ``inactive`` (by default the ``churned`` rows, which
    carry zero MRR) are not counted; pass ``status_col=None`` to count every row's account.

    >>> df = pd.DataFrame({"account_id": ["a", "b", "a", "b"],
    ...                    "month": pd.to_datetime(["2024-01-01"] * 2 + ["2024-02-01"] * 2),
    ...                    "status": ["new", "new", "active", "churned"]})
    >>> total_customers(df).tolist()
    [2, 1]
    """
    func = "total_customers"
    validate.frame(df, func)
    validate.columns(df, [id_col, month_col, status_col], func)
    validate.datetimes(df, month_col, func)
    if isinstance(inactive, str):
        inactive = [inactive]
    month = _to_month(df[month_col]).rename(month_col)
    full = _month_range(month, month_col)
    paying = df[id_col]
    if status_col is not None:
        keep = ~df[status_col].astype(object).isin(list(inactive)).to_numpy()
        paying, month = paying[keep], month[keep]
    out = paying.groupby(month).nunique()
    return out.reindex(full, fill_value=0).rename("customers")


def growth_rate(series: pd.Series) -> pd.Series:
    """Growth rate from one period to the next: this / previous - 1 (0.05 = +5%).

    The first period has no previous one and is NaN; so is growth from a value of 0.

    >>> growth_rate(pd.Series([100, 110, 99])).round(3).tolist()
    [nan, 0.1, -0.1]
    """
    func = "growth_rate"
    if isinstance(series, pd.DataFrame):
        raise TypeError(
            tr(
                "{func}() needs one Series (e.g. mrr_by_month(df)), not a DataFrame; pick a "
                "column first.",
                func=func,
            )
        )
    if not isinstance(series, pd.Series):
        raise TypeError(
            tr(
                "{func}() needs a pandas Series, got {kind}.",
                func=func,
                kind=type(series).__name__,
            )
        )
    if series.empty:
        raise ValueError(
            tr("{func}() got an empty Series: there is nothing to compute.", func=func)
        )
    validate.numbers(series.to_frame("values"), "values", func)
    s = series.astype(float)
    prev = s.shift(1)
    out = (s / prev - 1.0).where(prev != 0)
    return out.rename("growth_rate")


def cmgr(
    data: pd.Series | pd.DataFrame, month_col: str = "month", value_col: str = "mrr_krw"
) -> float:
    """Compound monthly growth rate between the first and the last month (0.06 = 6%/month).

    CMGR = (last / first) ** (1 / n) - 1, with n the number of months from first to last.
    ``data`` is either a Series indexed by month (e.g. from :func:`mrr_by_month`) or a
    frame that is summed by calendar month (``month_col``, ``value_col``). A Series without
    a datetime index is taken as consecutive months.

    >>> s = pd.Series([100.0, 121.0], index=pd.to_datetime(["2024-01-01", "2024-03-01"]))
    >>> round(cmgr(s), 4)
    0.1
    """
    func = "cmgr"
    if isinstance(data, pd.DataFrame):
        series = _monthly_sum(data, month_col, value_col, None, func)
    elif isinstance(data, pd.Series):
        if data.empty:
            raise ValueError(
                tr("{func}() got an empty Series: there is nothing to compute.", func=func)
            )
        validate.numbers(data.to_frame("values"), "values", func)
        series = data.sort_index() if isinstance(data.index, pd.DatetimeIndex) else data
    else:
        raise TypeError(
            tr(
                "{func}() needs a Series or a DataFrame, got {kind}.",
                func=func,
                kind=type(data).__name__,
            )
        )
    if isinstance(series.index, pd.DatetimeIndex):
        periods = _months_between(series.index[0], series.index[-1])
    elif isinstance(series.index, pd.PeriodIndex):  # any frequency: count its months
        periods = _months_between(series.index[0].to_timestamp(), series.index[-1].to_timestamp())
    else:
        periods = len(series) - 1
    if periods < 1:
        raise ValueError(
            tr("{func}() needs at least two different months to measure growth.", func=func)
        )
    first, last = float(series.iloc[0]), float(series.iloc[-1])
    if first <= 0:
        raise ValueError(
            tr(
                "{func}(): the first month's value is {first:g}; growth from zero or a "
                "negative value is not defined. Start from a later month.",
                func=func,
                first=first,
            )
        )
    if last < 0:
        raise ValueError(
            tr("{func}(): the last month's value is negative ({last:g}).", func=func, last=last)
        )
    return float((last / first) ** (1.0 / periods) - 1.0)


# ---- purchases, margin, unit economics -----------------------------------------------------


def repeat_purchase_rate(
    df: pd.DataFrame, id_col: str = "account_id", orders_col: str | None = "addon_orders"
) -> float:
    """Of the customers who bought at least once, the share who bought two or more times.

    ``orders_col`` holds the number of orders in each row (summed per customer); with
    ``orders_col=None`` every row counts as one order (an order log).

    >>> df = pd.DataFrame({"account_id": ["a", "a", "b", "c"], "addon_orders": [1, 1, 1, 0]})
    >>> repeat_purchase_rate(df)     # a bought twice, b once, c never
    0.5
    """
    func = "repeat_purchase_rate"
    validate.frame(df, func)
    validate.columns(df, [id_col, orders_col], func)
    if orders_col is None:
        per_customer = df.groupby(id_col).size()
    else:
        validate.numbers(df, orders_col, func)
        if (df[orders_col] < 0).any():
            raise ValueError(
                tr(
                    "{func}(): column {column!r} has negative order counts.",
                    func=func,
                    column=orders_col,
                )
            )
        per_customer = df[orders_col].groupby(df[id_col]).sum()
    buyers = per_customer[per_customer >= 1]
    if buyers.empty:
        raise ValueError(
            tr(
                "{func}(): nobody bought anything here, so there is no rate to compute.",
                func=func,
            )
        )
    return float((buyers >= 2).mean())


def gross_margin(
    df: pd.DataFrame,
    revenue_col: str | Sequence[str] = _REVENUE,
    cost_col: str = "cost_to_serve_krw",
    by: str | Sequence[str] | None = None,
) -> float | pd.Series:
    """Gross margin = (revenue - cost to serve) / revenue, as a share (0.8 = 80%).

    ``revenue_col`` may name several columns that are added up (by default MRR plus add-on
    revenue). With ``by`` (e.g. ``"month"`` or ``"plan"``) it returns one margin per group.

    >>> df = pd.DataFrame({"mrr_krw": [100, 300], "addon_revenue_krw": [0, 100],
    ...                    "cost_to_serve_krw": [50, 50]})
    >>> gross_margin(df)
    0.8
    """
    func = "gross_margin"
    validate.frame(df, func)
    groups = _as_list(by)
    validate.columns(df, [cost_col, *groups], func)
    revenue = _revenue(df, revenue_col, func).astype(float)
    validate.numbers(df, cost_col, func)
    cost = df[cost_col].astype(float)
    if groups:
        keys = [_group_key(df[c]) for c in groups]
        rev = revenue.groupby(keys).sum()
        cst = cost.groupby(keys).sum()
        return ((rev - cst) / rev.where(rev != 0)).rename("gross_margin")
    total = float(revenue.sum())
    if total == 0:
        raise ValueError(
            tr("{func}(): total revenue is 0, so the margin is not defined.", func=func)
        )
    return (total - float(cost.sum())) / total


def cohort_ltv(
    df: pd.DataFrame,
    id_col: str = "account_id",
    month_col: str = "month",
    revenue_col: str | Sequence[str] = _REVENUE,
    cost_col: str | None = "cost_to_serve_krw",
    cohort_col: str | None = None,
) -> pd.DataFrame:
    """Cumulative gross margin per starting account, by cohort and months since start.

    A cohort is the month an account started: its first month in ``df``, or the month in
    ``cohort_col`` (e.g. ``signup_month`` merged in from the accounts table). The cell for
    cohort *c* at age *k* is the cohort's total (revenue - cost) in its months 0..k divided by
    the number of accounts in the cohort, churned ones included. Ages the data cannot have
    seen yet (after the last month in ``df``) are NaN. With ``cost_col=None`` it is revenue.

    Filter out accounts that started before the data does (their early months are missing),
    or pass ``cohort_col``.

    >>> df = pd.DataFrame({"account_id": ["a", "a", "b"],
    ...                    "month": pd.to_datetime(["2024-01-01", "2024-02-01", "2024-01-01"]),
    ...                    "mrr_krw": [100, 100, 100]})
    >>> cohort_ltv(df, revenue_col="mrr_krw", cost_col=None).iloc[0].tolist()
    [100.0, 150.0]
    """
    func = "cohort_ltv"
    validate.frame(df, func)
    validate.columns(df, [id_col, month_col, cost_col, cohort_col], func)
    validate.datetimes(df, month_col, func)
    value = _revenue(df, revenue_col, func).astype(float)
    if cost_col is not None:
        validate.numbers(df, cost_col, func)
        value = value - df[cost_col].astype(float)
    if cohort_col is not None:
        validate.datetimes(df, cohort_col, func)
        if (_to_month(df[month_col]) < _to_month(df[cohort_col])).any():
            raise ValueError(
                tr(
                    "{func}(): some rows are earlier than their cohort month in {column!r}.",
                    func=func,
                    column=cohort_col,
                )
            )
    rows = pd.DataFrame(
        {
            "account": df[id_col].array,
            "month": df[month_col].array,
            "value": value.array,
            "start": (df[month_col] if cohort_col is None else df[cohort_col]).array,
        }
    )
    options = {"user_col": "account", "time_col": "month", "cohort_time_col": "start"}
    total = cohort.cohort_table(rows, metric="sum", value_col="value", **options)
    table = total.cumsum(axis=1).div(cohort.cohort_sizes(rows, **options), axis=0)
    starts = table.index.to_timestamp().to_numpy("datetime64[ns]")  # first day of each month
    table.index = pd.DatetimeIndex(starts, name="cohort")
    table.columns.name = "months_since_start"
    return table


def cac_payback_months(
    df: pd.DataFrame,
    cac_col: str = "acquisition_cost_krw",
    mrr_col: str = "mrr_krw",
    *,
    gross_margin: float | pd.Series | None = None,
    by: str | Sequence[str] | None = None,
) -> float | pd.Series:
    """Months of gross margin needed to earn back the cost of acquiring the accounts.

    Payback = total CAC / (total first-month MRR x ``gross_margin``). ``df`` has one row per
    new account with its CAC and its first-month MRR (e.g. the ``status == "new"`` rows of
    the account-months table merged with the accounts table). A group whose MRR is 0 never
    pays back (``inf``).

    The margin is an assumption you must state, so it is required: one share for all
    (``gross_margin=kpi.gross_margin(months)``: every account is assumed to earn the average
    margin), or, with ``by``, a Series of each group's own margin indexed by the group
    (``kpi.gross_margin(months_with_channel, by="acquisition_channel")``). Write
    ``gross_margin=1.0`` only if you mean a revenue payback (no cost to serve).

    Raises ``ValueError`` if the margin is missing, not a share in (0, 1], or a Series that
    lacks a group.

    >>> df = pd.DataFrame({"acquisition_cost_krw": [1200, 600], "mrr_krw": [100, 50],
    ...                    "channel": ["ads", "referral"]})
    >>> cac_payback_months(df, gross_margin=0.8)
    15.0
    >>> own = pd.Series({"ads": 0.6, "referral": 0.9})
    >>> cac_payback_months(df, gross_margin=own, by="channel").round(1).to_dict()
    {'ads': 20.0, 'referral': 13.3}
    """
    func = "cac_payback_months"
    validate.frame(df, func)
    groups = _as_list(by)
    validate.columns(df, [cac_col, mrr_col, *groups], func)
    validate.numbers(df, cac_col, func)
    validate.numbers(df, mrr_col, func)
    shares = _margin_shares(gross_margin, groups, func)
    cac = df[cac_col].astype(float)
    mrr = df[mrr_col].astype(float)
    if groups:
        keys = [_group_key(df[c]) for c in groups]
        margin = _margin_by_group(mrr.groupby(keys).sum(), gross_margin, shares, groups, func)
        spent = cac.groupby(keys).sum()
        out = spent / margin.where(margin > 0)
        return out.where(margin > 0, np.inf).rename("cac_payback_months")
    margin = float(mrr.sum()) * float(gross_margin)
    if margin <= 0:
        raise ValueError(
            tr("{func}(): the accounts' MRR adds up to 0, so CAC is never paid back.", func=func)
        )
    return float(cac.sum()) / margin


def _margin_shares(gross_margin, groups: list[str], func: str) -> pd.Series:
    """The stated gross margin as a Series of shares (one number, or one per group), each
    checked to be in (0, 1]; a clear error if it is missing or of the wrong kind."""
    if gross_margin is None:
        raise ValueError(
            tr(
                "{func}(): state the gross margin you assume, e.g. "
                "gross_margin=kpi.gross_margin(months) (one margin for all accounts) or, with "
                "by=, a Series of each group's own margin. MRR is not profit: a payback on "
                "revenue alone looks shorter than it is (write gross_margin=1.0 if you mean "
                "that).",
                func=func,
            )
        )
    if isinstance(gross_margin, pd.Series):
        if len(groups) != 1:
            raise ValueError(
                tr(
                    "{func}(): a Series of margins is one margin per group: give one column "
                    "in by= (e.g. by='acquisition_channel'), or pass one number as "
                    "gross_margin.",
                    func=func,
                )
            )
        validate.numbers(gross_margin.to_frame("gross_margin"), "gross_margin", func)
        shares = gross_margin.astype(float)
    else:
        if isinstance(gross_margin, bool) or not isinstance(gross_margin, int | float):
            raise TypeError(tr("{func}(): gross_margin must be a number such as 0.8.", func=func))
        shares = pd.Series([float(gross_margin)])
    bad = shares[(shares <= 0) | (shares > 1) | shares.isna()]
    if len(bad):
        raise ValueError(
            tr(
                "{func}(): gross_margin={bad!r} must be a share between 0 and 1 (e.g. 0.8 "
                "for 80%).",
                func=func,
                bad=bad.iloc[0],
            )
        )
    return shares


def _margin_by_group(
    mrr: pd.Series, gross_margin, shares: pd.Series, groups: list[str], func: str
) -> pd.Series:
    """Each group's first-month MRR times its margin: the group's own share when
    ``gross_margin`` is a Series (an error names the groups it lacks), else the one share."""
    if not isinstance(gross_margin, pd.Series):
        return mrr * float(gross_margin)
    missing = [g for g in mrr.index if g not in shares.index]
    if missing:
        raise ValueError(
            tr(
                "{func}(): gross_margin has no margin for {missing}: give one per "
                "group of {column!r}.",
                func=func,
                missing=", ".join(map(str, missing)),
                column=groups[0],
            )
        )
    return mrr * shares.reindex(mrr.index).to_numpy()
