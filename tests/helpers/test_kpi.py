"""helpers.kpi: clear errors on bad input, and the same answers as a slow, obvious computation.

The property tests build small random frames, run a helper, and compare it with a plain
Python loop written here; they also check that the helper never changes the frame it got.
"""

from __future__ import annotations

import doctest
import math
from collections import defaultdict

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import kpi

SETTINGS = settings(max_examples=60, deadline=None, database=None)
MONTHS = list(pd.date_range("2024-01-01", periods=6, freq="MS"))


def month_of(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, ts.month, 1)


def months_apart(a: pd.Timestamp, b: pd.Timestamp) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def month_range(first: pd.Timestamp, last: pd.Timestamp) -> list[pd.Timestamp]:
    return [first + pd.DateOffset(months=i) for i in range(months_apart(first, last) + 1)]


# ---- strategies ---------------------------------------------------------------------------

scores_st = st.lists(st.integers(0, 10), min_size=1, max_size=40)


@st.composite
def responses(draw) -> pd.DataFrame:
    rows = draw(
        st.lists(st.tuples(st.integers(0, 10), st.sampled_from(["a", "b", "c"])), min_size=1)
    )
    return pd.DataFrame(rows, columns=["score", "plan"])


@st.composite
def account_months(draw) -> pd.DataFrame:
    """Rows of (account, timestamp within a month, mrr, status, orders, bookings, cost)."""
    rows = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["a1", "a2", "a3", "a4"]),
                st.sampled_from(MONTHS),
                st.integers(0, 27),  # day offset: any day of the month counts for that month
                st.integers(0, 10_000),
                st.sampled_from(["new", "active", "churned"]),
                st.integers(0, 3),
                st.integers(0, 50_000),
                st.integers(0, 3_000),
            ),
            min_size=1,
            max_size=30,
        )
    )
    df = pd.DataFrame(
        [
            (acc, m + pd.Timedelta(days=d), mrr, status, orders, bookings, cost)
            for acc, m, d, mrr, status, orders, bookings, cost in rows
        ],
        columns=[
            "account_id",
            "month",
            "mrr_krw",
            "status",
            "addon_orders",
            "bookings_krw",
            "cost_to_serve_krw",
        ],
    )
    df["addon_revenue_krw"] = df["addon_orders"] * 1000
    return df


# ---- doctests -----------------------------------------------------------------------------


def test_docstring_examples_run():
    result = doctest.testmod(kpi, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 14
    assert result.failed == 0


# ---- NPS ----------------------------------------------------------------------------------


def ref_nps(scores: list[int]) -> float:
    promoters = detractors = 0
    for s in scores:
        if s >= 9:
            promoters += 1
        elif s <= 6:
            detractors += 1
    return 100 * (promoters - detractors) / len(scores)


@SETTINGS
@given(scores_st)
def test_nps_matches_counting(scores):
    df = pd.DataFrame({"score": scores})
    before = df.copy()
    assert kpi.nps(df) == pytest.approx(ref_nps(scores))
    assert kpi.nps(df["score"]) == pytest.approx(ref_nps(scores))
    pd.testing.assert_frame_equal(df, before)


@SETTINGS
@given(scores_st)
def test_nps_category_matches_rule(scores):
    got = kpi.nps_category(pd.Series(scores))
    want = ["promoter" if s >= 9 else "passive" if s >= 7 else "detractor" for s in scores]
    assert got.tolist() == want
    assert list(got.cat.categories) == ["detractor", "passive", "promoter"]


@SETTINGS
@given(responses())
def test_nps_breakdown_matches_counting(df):
    before = df.copy()
    got = kpi.nps_breakdown(df, by="plan")
    pd.testing.assert_frame_equal(df, before)
    groups: dict[str, list[int]] = defaultdict(list)
    for score, plan in zip(df["score"], df["plan"], strict=True):
        groups[plan].append(score)
    assert sorted(got.index) == sorted(groups)
    for plan, scores in groups.items():
        row = got.loc[plan]
        assert row["responses"] == len(scores)
        assert row["promoters"] == pytest.approx(sum(s >= 9 for s in scores) / len(scores))
        assert row["passives"] == pytest.approx(sum(7 <= s <= 8 for s in scores) / len(scores))
        assert row["detractors"] == pytest.approx(sum(s <= 6 for s in scores) / len(scores))
        assert row["nps"] == pytest.approx(ref_nps(scores))
    overall = kpi.nps_breakdown(df)
    assert overall.loc["all", "nps"] == pytest.approx(ref_nps(df["score"].tolist()))
    assert overall.loc["all", "responses"] == len(df)


def test_nps_breakdown_on_categorical_groups_has_no_warning():
    df = pd.DataFrame({"score": [10, 2], "plan": pd.Categorical(["a", "a"], ["a", "b"])})
    got = kpi.nps_breakdown(df, by="plan")  # FutureWarnings are errors in this test suite
    assert got.index.tolist() == ["a"]


@pytest.mark.parametrize(
    ("scores", "error", "match"),
    [
        ([11, 9], ValueError, "between 0 and 10"),
        ([-1], ValueError, "between 0 and 10"),
        ([8.5], ValueError, "whole numbers"),
        ([9, None], ValueError, "missing scores"),
        (["9", "10"], TypeError, "must hold numbers"),
        ([True, False], TypeError, "must hold numbers"),
    ],
)
def test_nps_rejects_bad_scores(scores, error, match):
    with pytest.raises(error, match=match):
        kpi.nps(pd.DataFrame({"score": scores}))
    with pytest.raises(error, match=match):
        kpi.nps_category(pd.Series(scores))


def test_nps_bad_frames():
    with pytest.raises(
        ValueError, match="column 'score' is not in the DataFrame. Did you mean 'scores'"
    ):
        kpi.nps(pd.DataFrame({"scores": [9]}))
    with pytest.raises(ValueError, match="empty DataFrame"):
        kpi.nps(pd.DataFrame({"score": pd.Series([], dtype=int)}))
    with pytest.raises(ValueError, match="no scores"):
        kpi.nps(pd.Series([], dtype=int))
    with pytest.raises(TypeError, match="needs a pandas DataFrame"):
        kpi.nps([9, 10])
    with pytest.raises(ValueError, match="Did you mean 'plan'"):
        kpi.nps_breakdown(pd.DataFrame({"score": [9], "plan": ["a"]}), by="plans")
    with pytest.raises(TypeError, match="not a DataFrame"):
        kpi.nps_category(pd.DataFrame({"score": [9]}))


# ---- renewal ------------------------------------------------------------------------------


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["x", "y"]), st.booleans()), min_size=1))
def test_renewal_rate_matches_counting(rows):
    df = pd.DataFrame(rows, columns=["group", "renewed"])
    before = df.copy()
    got = kpi.renewal_rate_by(df, "group")
    pd.testing.assert_frame_equal(df, before)
    for g in set(df["group"]):
        flags = [r for grp, r in rows if grp == g]
        assert got.loc[g, "renewals_due"] == len(flags)
        assert got.loc[g, "renewed"] == sum(flags)
        assert got.loc[g, "renewal_rate"] == pytest.approx(sum(flags) / len(flags))


def test_renewal_rate_bad_input():
    df = pd.DataFrame({"cat": ["a", "b"], "renewed": pd.array([True, None], dtype="boolean")})
    with pytest.raises(ValueError, match="renewal_due"):
        kpi.renewal_rate_by(df, "cat")
    with pytest.raises(TypeError, match="True/False"):
        kpi.renewal_rate_by(pd.DataFrame({"cat": ["a"], "renewed": ["yes"]}), "cat")
    with pytest.raises(
        ValueError, match="'renewed' is not in the DataFrame. Did you mean 'renewd'"
    ):
        kpi.renewal_rate_by(pd.DataFrame({"cat": ["a"], "renewd": [True]}), "cat")
    with pytest.raises(ValueError, match="empty"):
        kpi.renewal_rate_by(pd.DataFrame({"cat": [], "renewed": []}), "cat")


@st.composite
def nps_and_renewals(draw):
    accounts = ["a1", "a2", "a3"]
    months_all = list(pd.date_range("2023-01-01", periods=30, freq="MS"))
    due_rows = []
    for acc in accounts:
        for m in draw(st.sets(st.sampled_from(months_all), max_size=4)):
            due_rows.append((acc, m, True, draw(st.booleans())))
    filler = [(acc, months_all[0], False, None) for acc in accounts]
    months = pd.DataFrame(
        due_rows + filler, columns=["account_id", "month", "renewal_due", "renewed"]
    )
    months["renewed"] = months["renewed"].astype("boolean")
    resp = draw(
        st.lists(
            st.tuples(
                st.sampled_from(accounts),
                st.sampled_from(months_all),
                st.integers(0, 27),
                st.integers(0, 10),
            ),
            min_size=1,
            max_size=12,
        )
    )
    responses = pd.DataFrame(
        [(a, m + pd.Timedelta(days=d, hours=10), s) for a, m, d, s in resp],
        columns=["account_id", "responded_at", "score"],
    )
    return responses, months


@SETTINGS
@given(nps_and_renewals())
def test_link_nps_to_renewal_matches_loop(data):
    responses, months = data
    r0, m0 = responses.copy(), months.copy()
    got = kpi.link_nps_to_renewal(responses, months)
    pd.testing.assert_frame_equal(responses, r0)
    pd.testing.assert_frame_equal(months, m0)
    want = []
    for _, r in responses.iterrows():
        rm = month_of(r["responded_at"])
        later = [
            (m["month"], bool(m["renewed"]))
            for _, m in months.iterrows()
            if m["renewal_due"]
            and m["account_id"] == r["account_id"]
            and 1 <= months_apart(rm, m["month"]) <= 12
        ]
        if later:
            month, renewed = min(later)
            want.append((r["account_id"], r["responded_at"], r["score"], month, renewed))
    got_rows = list(
        got[["account_id", "responded_at", "score", "renewal_month", "renewed"]].itertuples(
            index=False, name=None
        )
    )
    assert got_rows == want


def test_link_nps_to_renewal_bad_input():
    resp = pd.DataFrame({"account_id": ["a"], "responded_at": ["2024-01-05"], "score": [9]})
    months = pd.DataFrame(
        {
            "account_id": ["a"],
            "month": pd.to_datetime(["2024-03-01"]),
            "renewal_due": [True],
            "renewed": [True],
        }
    )
    with pytest.raises(TypeError, match="must hold datetimes"):
        kpi.link_nps_to_renewal(resp, months)
    resp["responded_at"] = pd.to_datetime(resp["responded_at"])
    with pytest.raises(ValueError, match="Did you mean 'renewal_dues'"):
        kpi.link_nps_to_renewal(resp, months.rename(columns={"renewal_due": "renewal_dues"}))
    missing = months.assign(renewed=pd.array([None], dtype="boolean"))
    with pytest.raises(ValueError, match="no 'renewed' value"):
        kpi.link_nps_to_renewal(resp, missing)
    with pytest.raises(TypeError, match="True/False"):
        kpi.link_nps_to_renewal(resp, months.assign(renewal_due=["yes"]))
    assert len(kpi.link_nps_to_renewal(resp, months)) == 1


# ---- monthly sums, customers, growth ------------------------------------------------------


def ref_monthly_sum(df: pd.DataFrame, col: str) -> dict[pd.Timestamp, int]:
    sums: dict[pd.Timestamp, int] = defaultdict(int)
    for ts, v in zip(df["month"], df[col], strict=True):
        sums[month_of(ts)] += int(v)
    return {m: sums.get(m, 0) for m in month_range(min(sums), max(sums))}


@SETTINGS
@given(account_months())
def test_mrr_and_bookings_by_month_match_loop(df):
    before = df.copy()
    mrr = kpi.mrr_by_month(df)
    bookings = kpi.bookings_by_month(df)
    pd.testing.assert_frame_equal(df, before)
    assert mrr.to_dict() == ref_monthly_sum(df, "mrr_krw")
    assert bookings.to_dict() == ref_monthly_sum(df, "bookings_krw")
    wide = kpi.mrr_by_month(df, by="status")
    for status in wide.columns:
        part = ref_monthly_sum(df[df["status"] == status], "mrr_krw")
        for m, v in wide[status].items():
            assert v == part.get(m, 0)


@SETTINGS
@given(account_months())
def test_total_customers_matches_sets(df):
    before = df.copy()
    got = kpi.total_customers(df)
    pd.testing.assert_frame_equal(df, before)
    paying: dict[pd.Timestamp, set] = defaultdict(set)
    for acc, ts, status in zip(df["account_id"], df["month"], df["status"], strict=True):
        paying[month_of(ts)]  # every month with rows is in the result
        if status != "churned":
            paying[month_of(ts)].add(acc)
    want = {m: len(paying.get(m, set())) for m in month_range(min(paying), max(paying))}
    assert got.to_dict() == want
    assert kpi.total_customers(df, status_col=None).sum() == sum(
        len({a for a, ts in zip(df["account_id"], df["month"], strict=True) if month_of(ts) == m})
        for m in want
    )


@SETTINGS
@given(st.lists(st.integers(0, 1000), min_size=1, max_size=20))
def test_growth_rate_matches_loop(values):
    s = pd.Series(values, index=pd.date_range("2024-01-01", periods=len(values), freq="MS"))
    before = s.copy()
    got = kpi.growth_rate(s).tolist()
    pd.testing.assert_series_equal(s, before)
    want = [math.nan] + [
        (b / a - 1) if a != 0 else math.nan for a, b in zip(values, values[1:], strict=False)
    ]
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert (math.isnan(g) and math.isnan(w)) or g == pytest.approx(w)


@SETTINGS
@given(account_months())
def test_cmgr_matches_formula(df):
    sums = ref_monthly_sum(df, "mrr_krw")
    months = list(sums)
    first, last = sums[months[0]], sums[months[-1]]
    if len(months) < 2 or first <= 0:
        with pytest.raises(ValueError):
            kpi.cmgr(df)
        return
    before = df.copy()
    got = kpi.cmgr(df)
    pd.testing.assert_frame_equal(df, before)
    assert got == pytest.approx((last / first) ** (1 / (len(months) - 1)) - 1)
    assert kpi.cmgr(kpi.mrr_by_month(df)) == pytest.approx(got)


def test_cmgr_counts_calendar_months_and_plain_series():
    # a Series with a month gap: Jan -> Mar is 2 months, not 1
    s = pd.Series([100.0, 121.0], index=pd.to_datetime(["2024-01-01", "2024-03-01"]))
    assert kpi.cmgr(s) == pytest.approx(0.10)
    assert kpi.cmgr(pd.Series([100.0, 110.0, 121.0])) == pytest.approx(0.10)
    assert kpi.cmgr(s.to_period("M")) == pytest.approx(0.10)


def test_monthly_helpers_bad_input():
    df = pd.DataFrame(
        {
            "account_id": ["a"],
            "month": ["2024-01-01"],
            "mrr_krw": [1],
            "bookings_krw": [1],
            "status": ["new"],
        }
    )
    for func in (kpi.mrr_by_month, kpi.bookings_by_month, kpi.total_customers, kpi.cmgr):
        with pytest.raises(TypeError, match="must hold datetimes"):
            func(df)
    df["month"] = pd.to_datetime(df["month"])
    with pytest.raises(ValueError, match="Did you mean 'mrr_krw'"):
        kpi.mrr_by_month(df, mrr_col="mrr")
    with pytest.raises(ValueError, match="missing values"):
        kpi.mrr_by_month(df.assign(mrr_krw=[np.nan]))
    with pytest.raises(TypeError, match="must be numeric"):
        kpi.bookings_by_month(df.assign(bookings_krw=["1,000"]))
    with pytest.raises(ValueError, match="missing timestamps"):
        kpi.mrr_by_month(df.assign(month=pd.NaT).astype({"month": "datetime64[ns]"}))
    with pytest.raises(ValueError, match="empty DataFrame"):
        kpi.total_customers(df.iloc[:0])
    with pytest.raises(
        ValueError, match="'status' is not in the DataFrame. Did you mean 'statuss'"
    ):
        kpi.total_customers(df.rename(columns={"status": "statuss"}))
    with pytest.raises(ValueError, match="at least two different months"):
        kpi.cmgr(df)
    two = pd.Series([0.0, 5.0], index=pd.date_range("2024-01-01", periods=2, freq="MS"))
    with pytest.raises(ValueError, match="growth from zero"):
        kpi.cmgr(two)
    with pytest.raises(TypeError, match="Series or a DataFrame"):
        kpi.cmgr([1, 2])
    with pytest.raises(TypeError, match="not a DataFrame"):
        kpi.growth_rate(df)
    with pytest.raises(ValueError, match="empty Series"):
        kpi.growth_rate(pd.Series([], dtype=float))
    with pytest.raises(ValueError, match="missing values"):
        kpi.growth_rate(pd.Series([1.0, np.nan]))


# ---- purchases, margin, LTV, payback ------------------------------------------------------


@SETTINGS
@given(account_months())
def test_repeat_purchase_rate_matches_loop(df):
    totals: dict[str, int] = defaultdict(int)
    for acc, n in zip(df["account_id"], df["addon_orders"], strict=True):
        totals[acc] += int(n)
    buyers = [n for n in totals.values() if n >= 1]
    if not buyers:
        with pytest.raises(ValueError, match="nobody bought"):
            kpi.repeat_purchase_rate(df)
        return
    before = df.copy()
    assert kpi.repeat_purchase_rate(df) == pytest.approx(sum(n >= 2 for n in buyers) / len(buyers))
    pd.testing.assert_frame_equal(df, before)
    # an order log: one row per order
    log = pd.DataFrame({"account_id": ["a", "a", "b"]})
    assert kpi.repeat_purchase_rate(log, orders_col=None) == 0.5


@SETTINGS
@given(account_months())
def test_gross_margin_matches_sums(df):
    before = df.copy()
    revenue = sum(df["mrr_krw"]) + sum(df["addon_revenue_krw"])
    cost = sum(df["cost_to_serve_krw"])
    if revenue == 0:
        with pytest.raises(ValueError, match="total revenue is 0"):
            kpi.gross_margin(df)
    else:
        assert kpi.gross_margin(df) == pytest.approx((revenue - cost) / revenue)
    assert kpi.gross_margin(df, revenue_col="mrr_krw", by="status").to_dict().keys() == set(
        df["status"]
    )
    for status, gm in kpi.gross_margin(df, revenue_col="mrr_krw", by="status").items():
        part = df[df["status"] == status]
        rev = sum(part["mrr_krw"])
        if rev == 0:
            assert math.isnan(gm)
        else:
            assert gm == pytest.approx((rev - sum(part["cost_to_serve_krw"])) / rev)
    pd.testing.assert_frame_equal(df, before)


@SETTINGS
@given(account_months())
def test_cohort_ltv_matches_loop(df):
    before = df.copy()
    got = kpi.cohort_ltv(df)
    pd.testing.assert_frame_equal(df, before)
    last = max(month_of(ts) for ts in df["month"])
    start: dict[str, pd.Timestamp] = {}
    for acc, ts in zip(df["account_id"], df["month"], strict=True):
        start[acc] = min(start.get(acc, month_of(ts)), month_of(ts))
    cohorts = sorted(set(start.values()))
    assert list(got.index) == cohorts
    for c in cohorts:
        members = [a for a, s in start.items() if s == c]
        for age in got.columns:
            if age > months_apart(c, last):
                assert math.isnan(got.loc[c, age])
                continue
            total = 0.0
            for _, r in df.iterrows():
                if r["account_id"] in members and months_apart(c, month_of(r["month"])) <= age:
                    total += r["mrr_krw"] + r["addon_revenue_krw"] - r["cost_to_serve_krw"]
            assert got.loc[c, age] == pytest.approx(total / len(members))


def test_cohort_ltv_with_cohort_column_and_bad_input():
    df = pd.DataFrame(
        {
            "account_id": ["a", "a"],
            "month": pd.to_datetime(["2024-02-01", "2024-03-01"]),
            "signup_month": pd.to_datetime(["2024-01-01"] * 2),
            "mrr_krw": [100, 100],
        }
    )
    got = kpi.cohort_ltv(df, revenue_col="mrr_krw", cost_col=None, cohort_col="signup_month")
    assert got.loc[pd.Timestamp("2024-01-01")].tolist() == [0.0, 100.0, 200.0]
    with pytest.raises(ValueError, match="earlier than their cohort"):
        kpi.cohort_ltv(
            df.assign(signup_month=pd.Timestamp("2024-03-01")),
            revenue_col="mrr_krw",
            cost_col=None,
            cohort_col="signup_month",
        )
    with pytest.raises(ValueError, match="Did you mean 'cost_to_serve'"):
        kpi.cohort_ltv(df.assign(cost_to_serve=1), revenue_col="mrr_krw")
    with pytest.raises(TypeError, match="must hold datetimes"):
        kpi.cohort_ltv(df.assign(month="2024-02"), revenue_col="mrr_krw", cost_col=None)


@SETTINGS
@given(
    st.lists(
        st.tuples(st.integers(0, 10**7), st.integers(0, 10**6), st.sampled_from(["x", "y"])),
        min_size=1,
    ),
    st.floats(0.05, 1.0),
)
def test_cac_payback_matches_formula(rows, margin):
    df = pd.DataFrame(rows, columns=["acquisition_cost_krw", "mrr_krw", "channel"])
    before = df.copy()
    mrr = sum(r[1] for r in rows)
    if mrr == 0:
        with pytest.raises(ValueError, match="never paid back"):
            kpi.cac_payback_months(df, gross_margin=margin)
    else:
        want = sum(r[0] for r in rows) / (mrr * margin)
        assert kpi.cac_payback_months(df, gross_margin=margin) == pytest.approx(want)
    by = kpi.cac_payback_months(df, gross_margin=margin, by="channel")
    for ch, months in by.items():
        part = [r for r in rows if r[2] == ch]
        m = sum(r[1] for r in part) * margin
        assert months == (math.inf if m == 0 else pytest.approx(sum(r[0] for r in part) / m))
    pd.testing.assert_frame_equal(df, before)


def test_purchase_margin_payback_bad_input():
    df = pd.DataFrame(
        {
            "account_id": ["a"],
            "addon_orders": [1],
            "mrr_krw": [100],
            "addon_revenue_krw": [0],
            "cost_to_serve_krw": [10],
            "acquisition_cost_krw": [500],
        }
    )
    with pytest.raises(ValueError, match="negative order counts"):
        kpi.repeat_purchase_rate(df.assign(addon_orders=[-1]))
    with pytest.raises(ValueError, match="Did you mean 'addon_orders'"):
        kpi.repeat_purchase_rate(df, orders_col="addon_order")
    with pytest.raises(ValueError, match="missing values"):
        kpi.gross_margin(df.assign(cost_to_serve_krw=[np.nan]))
    with pytest.raises(ValueError, match="at least one revenue column"):
        kpi.gross_margin(df, revenue_col=[])
    with pytest.raises(ValueError, match="between 0 and 1"):
        kpi.cac_payback_months(df, gross_margin=80)
    with pytest.raises(TypeError, match="must be a number"):
        kpi.cac_payback_months(df, gross_margin="80%")
    with pytest.raises(TypeError, match="needs a pandas DataFrame"):
        kpi.cac_payback_months(df.to_dict())
    with pytest.raises(ValueError, match="empty DataFrame"):
        kpi.gross_margin(df.iloc[:0])


def test_cac_payback_needs_a_stated_margin_and_takes_each_groups_own():
    """No silent revenue payback: the margin is required; a Series gives each group its own."""
    df = pd.DataFrame(
        {
            "acquisition_cost_krw": [1200, 600, 300],
            "mrr_krw": [100, 50, 50],
            "channel": ["ads", "referral", "referral"],
        }
    )
    before = df.copy()
    with pytest.raises(ValueError, match="state the gross margin you assume"):
        kpi.cac_payback_months(df)
    with pytest.raises(ValueError, match="state the gross margin you assume"):
        kpi.cac_payback_months(df, by="channel")
    own = pd.Series({"ads": 0.6, "referral": 0.9})
    out = kpi.cac_payback_months(df, gross_margin=own, by="channel")
    assert out["ads"] == pytest.approx(1200 / (100 * 0.6))
    assert out["referral"] == pytest.approx(900 / (100 * 0.9))
    assert kpi.cac_payback_months(df, gross_margin=1.0) == pytest.approx(2100 / 200)
    with pytest.raises(ValueError, match="no margin for referral"):
        kpi.cac_payback_months(df, gross_margin=own.drop("referral"), by="channel")
    with pytest.raises(ValueError, match="one margin per group"):
        kpi.cac_payback_months(df, gross_margin=own)
    with pytest.raises(ValueError, match="between 0 and 1"):
        kpi.cac_payback_months(df, gross_margin=own * 100, by="channel")
    with pytest.raises(ValueError, match="one column in by="):
        kpi.cac_payback_months(df.assign(x=1), gross_margin=own, by=["channel", "x"])
    pd.testing.assert_frame_equal(df, before)
    pd.testing.assert_series_equal(own, pd.Series({"ads": 0.6, "referral": 0.9}))
