"""Every number that notebook 07 (cohort analysis) states about the data, checked."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import cohort, metrics, quadrant, search_behaviour, segments
from helpers.data import load_calendar
from tests.facts import assert_stated

NB = "07_cohorts"


def P(month: str) -> pd.Period:
    return pd.Period(month, "M")


@pytest.fixture(scope="module")
def log(events, users):
    return events.merge(users[["user_id", "signup_at"]], on="user_id")


@pytest.fixture(scope="module")
def retention(log):
    return cohort.cohort_table(log, cohort_time_col="signup_at", active_events=["app_open"])


@pytest.fixture(scope="module")
def conversion(log):
    return cohort.cohort_table(
        log,
        cohort_time_col="signup_at",
        metric="conversion",
        convert_from="reservation_attempt",
        convert_to="reservation",
    )


@pytest.fixture(scope="module")
def sessions(events):
    return search_behaviour.search_sessions(events, version_col="app_version")


@pytest.fixture(scope="module")
def action_sessions(events, users, sessions):
    counts = metrics.per_user_counts(
        events, {"attempts": "reservation_attempt", "rides": "return"}, users=users["user_id"]
    )
    u = users.set_index("user_id").join(counts)
    u["segment"] = segments.combine(u, ["age_band", "region"])
    segs = u.groupby("segment").agg(
        users=("attempts", "size"), attempts=("attempts", "mean"), rides=("rides", "mean")
    )
    placed = quadrant.place(segs.reset_index(), "attempts", "rides", threshold="median")
    an = placed.loc[placed["quadrant"] == "action needed", "segment"]
    return sessions[sessions["user_id"].isin(u.index[u["segment"].isin(an)])]


def rate(s: pd.DataFrame, by: str) -> pd.Series:
    return s[[by, "reserved"]].dropna().astype(bool).groupby(by)["reserved"].mean()


def test_log_end_and_censoring(events, retention):
    assert events["timestamp"].max().date() == pd.Timestamp("2025-06-30").date()
    assert_stated(NB, "30 June 2025")
    assert retention.loc[P("2025-06")].iloc[1:].isna().all()
    assert retention.loc[P("2025-05")].iloc[:2].notna().all()


def test_row_reading(retention):
    row = retention.loc[P("2024-01")]
    assert_stated(NB, f"{row[1]:.0%}", f"{row[2]:.0%}", f"{row[17]:.0%}")
    assert_stated(NB, "month 17")
    # "the big fall is between month 1 and month 2; after that the curve flattens"
    assert row[1] - row[2] > 3 * (row[2] - row[3])


def test_column_reading_has_one_outlier(retention):
    col = retention[1].dropna()
    assert col.idxmin() == P("2024-09")
    others = col.drop(P("2024-09"))
    assert col.min() < others.min() - 0.1  # "one does not" sit close to the others


def test_conversion_age_zero(conversion):
    age0 = conversion[0]
    assert_stated(NB, f"{age0[P('2024-07')]:.0%}", f"{age0[P('2024-08')]:.0%}")
    winter = age0[P("2024-11") : P("2025-02")]
    assert_stated(NB, f"{winter.min():.0%}", f"{winter.max():.0%}")


def test_some_conversion_cells_are_small(log):
    attempts = log[log["event"] == "reservation_attempt"].copy()
    attempts["cohort"] = attempts["signup_at"].dt.to_period("M")
    attempts["month"] = attempts["timestamp"].dt.to_period("M")
    n = attempts.groupby(["cohort", "month"])["user_id"].nunique()
    assert n.min() < 50  # "some cells hold only a few dozen users"


def test_calendar_view_averages(conversion):
    long = conversion.stack().dropna().rename("c").reset_index()
    long["month"] = long["cohort"] + long["age"]
    avg = long.pivot(index="cohort", columns="month", values="c").mean()
    summer = avg[P("2024-07") : P("2024-08")].mean()
    after = avg[P("2024-11") : P("2025-02")].mean()
    assert_stated(NB, f"{summer:.0%}", f"{after:.0%}")


def test_calendar_events():
    cal = load_calendar().set_index("description")
    kinds = load_calendar().set_index("kind")["date"]
    assert kinds["price_change"] == pd.Timestamp("2024-11-01")
    assert kinds["promotion"] == pd.Timestamp("2024-09-01")
    release = cal.loc[[d for d in cal.index if d.startswith("App 3.0")][0], "date"]
    assert release == pd.Timestamp("2025-03-04")
    assert_stated(NB, "1 Nov 2024", "12%", "4 March 2025")


def test_behaviours_in_action_needed(action_sessions):
    for behaviour in ("used_filter", "two_plus_zones", "kept_car"):
        r = rate(action_sessions, behaviour)
        assert_stated(NB, f"{r[True]:.0%} vs {r[False]:.0%}")
    tf = rate(action_sessions, "time_first")
    assert_stated(NB, f"{tf[True]:.0%}", f"{tf[False]:.0%}")


def test_versions_in_action_needed(action_sessions):
    table = action_sessions.pivot_table(
        index="app_version", columns="time_first", values="reserved", aggfunc="mean", observed=True
    )
    ratio = table[True] / table[False]
    for version in ("2.7", "2.8", "2.9"):
        assert 0.45 < ratio[version] < 0.6  # "about half the rate"
    assert ratio["3.0"] > ratio[["2.7", "2.8", "2.9"]].max() + 0.1


def test_ratio_jumps_with_release(sessions):
    month = sessions["start"].dt.to_period("M")
    m = sessions.groupby([month, "time_first"])["reserved"].mean().unstack()
    ratio = m[True] / m[False]
    before = ratio[P("2024-09") : P("2025-02")]
    after = ratio[P("2025-04") : P("2025-06")]
    assert before.between(0.45, 0.56).all()  # "about 0.5"
    assert after.between(0.65, 0.75).all()  # "about 0.7"
    assert_stated(NB, "0.5", "0.7")
    # price: both lines fall in November, the ratio does not move
    assert m.loc[P("2024-11")].lt(m.loc[P("2024-10")]).all()
    assert abs(ratio[P("2024-11")] - ratio[P("2024-10")]) < 0.03
    # summer: both rise; September: both dip
    assert m.loc[P("2024-07")].gt(m.loc[P("2024-05")]).all()
    assert m.loc[P("2024-09")].lt(m.loc[P("2024-08")]).all()


def test_same_weeks_by_version(sessions):
    march = sessions[(sessions["start"] >= "2025-03-04") & (sessions["start"] < "2025-04-01")]
    m = march.groupby([march["app_version"].astype("object"), "time_first"])["reserved"].mean()
    assert_stated(NB, f"{m[('3.0', True)]:.0%}", f"{m[('2.9', True)]:.0%}")
    assert_stated(NB, f"{m[('3.0', False)]:.0%} vs {m[('2.9', False)]:.0%}")
    assert set(march["app_version"].astype("object")) == {"2.9", "3.0"}


def test_release_roughly_halved_the_gap(action_sessions):
    fixed = action_sessions["app_version"].astype("object") == "3.0"

    def gap(s):
        r = s.groupby("time_first")["reserved"].mean()
        return r[False] - r[True]

    share = gap(action_sessions[fixed]) / gap(action_sessions[~fixed])
    assert 0.35 < share < 0.65  # "roughly halved", "did not close it"


def test_month_0_is_100_percent_and_left_off_the_colour_scale(retention):
    assert (retention[0] == 1).all()  # "Month 0 is 100% in every row"
    assert retention.loc[:, 1:].max().max() < 0.9  # so month 0 would wash out the scale
    assert_stated(NB, "100% in every row")


def test_breakdown(events):
    b = cohort.active_user_breakdown(events)
    assert_stated(NB, f"{b.loc[P('2024-09'), 'new']:,}")
    assert b["dormant"].idxmin() == P("2024-10")  # the largest dormant bar
    assert_stated(NB, f"{-b.loc[P('2024-10'), 'dormant']:,}")
    assert_stated(NB, f"{b.loc[P('2025-06'), 'resurrected']:,}")
    res = b["resurrected"]
    # "grow from almost none in early 2024 to 300 or more every month from February 2025
    # (358 at the peak in March, 333 in June 2025)"
    assert res.loc[P("2024-01") : P("2024-03")].max() <= 5
    assert (res.loc[P("2025-02") :] >= 300).all() and res.loc[: P("2025-01")].max() < 300
    assert res.idxmax() == P("2025-03")
    assert_stated(
        NB, f"{res.max():,} at the peak in March", "300 or more every month from February 2025"
    )
    assert b["new"].idxmax() == P("2024-09")


def test_promotion_cohort_rides(log, users):
    count = cohort.cohort_table(
        log, cohort_time_col="signup_at", metric="count", active_events=["return"]
    )
    sizes = users["signup_at"].dt.to_period("M").value_counts()
    assert sizes[P("2024-09")] > 3 * sizes[P("2024-08")]  # "more than three times the users"
    more = count.loc[P("2024-09"), 2:8].sum() / count.loc[P("2024-08"), 2:8].sum() - 1
    assert 0.1 < more < 0.3  # "only about a fifth more rides"


def test_by_hand_equals_helper(events, users, retention):
    opens = events[events["event"] == "app_open"].merge(users[["user_id", "signup_at"]])
    opens["cohort"] = opens["signup_at"].dt.to_period("M")
    opens["age"] = (opens["timestamp"].dt.year - opens["signup_at"].dt.year) * 12 + (
        opens["timestamp"].dt.month - opens["signup_at"].dt.month
    )
    active = opens.groupby(["cohort", "age"])["user_id"].nunique().unstack("age")
    by_hand = active.div(users["signup_at"].dt.to_period("M").value_counts(), axis=0)
    observed = retention.notna()
    pd.testing.assert_frame_equal(
        by_hand.where(observed).fillna(0),
        retention.fillna(0),
        check_names=False,
        check_freq=False,
        check_column_type=False,
    )


def test_time_first_lower_in_every_month(sessions):
    month = sessions["start"].dt.to_period("M")
    m = sessions.groupby([month, "time_first"])["reserved"].mean().unstack()
    assert (m[True] < 0.8 * m[False]).all()  # "convert far lower, in every month"
