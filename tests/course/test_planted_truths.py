"""Each planted truth of world 1 is found by running the method that should find it.

None of these tests reads the generator's parameters: they run the course's helpers on the
committed data, as a learner would.
"""

from __future__ import annotations

import pandas as pd
import pytest

from course import combinations, search_behaviour
from course.data import load_calendar
from helpers import aha, cohort, experiment, leadlag, metrics, quadrant, segments


@pytest.fixture(scope="module")
def monthly(events, users, payments):
    m = metrics.monthly_counts(events, ["app_open", "reservation", "return"])
    m["signups"] = users["signup_at"].dt.to_period("M").value_counts().reindex(m.index)
    m["revenue"] = payments.groupby(payments["paid_at"].dt.to_period("M"))["amount_krw"].sum()
    return m


def test_returns_lead_revenue_by_one_month(monthly):
    table = leadlag.lead_lag(monthly, "return", "revenue")
    assert leadlag.best_lag(table) == 1
    corr = table.set_index("lag")["corr"]
    assert corr[1] > corr[0] + 0.05, corr.to_dict()


def test_signups_do_not_lead_revenue(monthly):
    corr = leadlag.lead_lag(monthly, "signups", "revenue").set_index("lag")["corr"]
    assert corr[1] < 0.3, corr.to_dict()


def test_promotion_month_inflates_signups_and_opens_not_returns(monthly):
    promo = load_calendar().query("kind == 'promotion'")["date"].iloc[0].to_period("M")
    growth = monthly.pct_change()
    assert monthly["signups"].idxmax() == promo
    assert growth.loc[promo, "signups"] > 1.5  # sign-ups more than double
    assert growth.loc[promo, "app_open"] > 0.10  # app opens rise too (each sign-up opens once)
    assert growth.loc[promo, "return"] < 0.10  # returns barely move


def test_promotion_cohort_retains_worse(events, users):
    log = events.merge(users[["user_id", "signup_at"]], on="user_id")
    table = cohort.cohort_table(log, cohort_time_col="signup_at", active_events=["app_open"])
    promo = pd.Period("2024-09", "M")
    neighbours = table.loc[[promo - 2, promo - 1, promo + 1, promo + 2], 1]
    assert table.loc[promo, 1] < neighbours.min() - 0.1


def test_young_cohorts_are_censored_not_zero(events):
    table = cohort.cohort_table(events, metric="retention")
    assert table.iloc[-1, 1:].isna().all()
    assert not table.iloc[0].isna().any()


def test_aha_moment_is_two_rides_in_first_30_days(events, users):
    log = events.merge(users[["user_id", "signup_at"]], on="user_id")
    per_user = aha.early_actions(log, "return", start_col="signup_at", active_events=["app_open"])
    table = aha.retention_by_threshold(per_user, "early", "retained")
    assert aha.aha_threshold(table) == 2
    row = table.set_index("threshold").loc[2]
    assert row["retention_at_least"] > 1.8 * row["retention_below"]


@pytest.fixture(scope="module")
def combos(events, users):
    per_user = combinations.combination_users(events, users)
    return per_user, combinations.combination_table(per_user)


RULES = [("median", None), ("mean", None), ("median", "users"), ("mean", "users")]


def test_action_needed_is_the_largest_quadrant_under_every_rule(combos):
    """Mass x element combinations (element on the first 60 days, counts after): the same
    action-needed combinations, and the largest quadrant, whatever the cut-off rule."""
    _, table = combos
    found = set()
    for threshold, weight in RULES:
        placed = quadrant.place(table, "attempts", "rides", threshold=threshold, weight=weight)
        summary = quadrant.quadrant_summary(placed, "users")
        assert summary.index[0] == "action needed", (threshold, weight, summary)
        found.add(frozenset(placed.loc[placed["quadrant"] == "action needed", "segment"]))
    assert len(found) == 1  # the same combinations under all four rules
    (action,) = found
    assert {s.split(" x ")[0] for s in action} == {"pay-per-ride member"}


def _time_first_by_group(events, per_user, action):
    sessions = search_behaviour.search_sessions(events, version_col="app_version")
    sessions = sessions[sessions["user_id"].isin(per_user.index)].copy()
    sessions["action_needed"] = sessions["user_id"].map(per_user["combination"]).isin(action)
    sessions["fixed"] = sessions["app_version"] == "3.0"
    rate = sessions.groupby(["action_needed", "fixed", "time_first"])["reserved"].mean()
    return rate


def test_time_first_pain_sits_in_action_needed_and_release_3_helps_there(events, combos):
    per_user, table = combos
    placed = quadrant.place(table, "attempts", "rides")
    action = set(placed.loc[placed["quadrant"] == "action needed", "segment"])
    rate = _time_first_by_group(events, per_user, action)

    def ratio(group, fixed):
        return rate[(group, fixed, True)] / rate[(group, fixed, False)]

    assert ratio(True, False) < 0.5  # action needed: time-first converts at under half
    assert ratio(False, False) > 0.85  # everyone else: the gap is small
    assert ratio(True, False) + 0.2 < ratio(True, True) < 1  # app 3.0 fixes part of it


def test_specific_segments_are_small_and_convert_differently(events, users):
    counts = metrics.per_user_counts(
        events,
        {"attempts": "reservation_attempt", "reservations": "reservation"},
        users=users["user_id"],
    )
    u = users.set_index("user_id").join(counts)
    overall = u["reservations"].sum() / u["attempts"].sum()
    for col, value, top in [("card_status", "failed", 0.10), ("licence_status", "on_hold", 0.01)]:
        sizes = segments.segment_sizes(u, col).set_index("segment")
        assert sizes.loc[value, "kind"] == "Specific"
        sub = u[u[col] == value]
        rate = sub["reservations"].sum() / sub["attempts"].sum()
        assert rate < top < overall
    accident = set(events.loc[events["event"] == "accident_report", "user_id"])
    assert 0 < len(accident) < 0.02 * len(users)


def test_ab_interval_covers_true_lift_in_target_segment(ab_test):
    target = ab_test[ab_test["in_target_segment"]]
    r = experiment.two_proportion_test(target, "variant", "reserved_14d")
    assert r["ci_low"] > 0  # a real effect is detected ...
    assert r["ci_low"] <= 0.10 <= r["ci_high"]  # ... and the interval covers the true lift
    other = experiment.two_proportion_test(
        ab_test[~ab_test["in_target_segment"]], "variant", "reserved_14d"
    )
    assert other["ci_low"] < 0 < other["ci_high"]  # no clear effect outside the target
    assert experiment.srm_check(ab_test, "variant")["p_value"] > 0.001


def test_price_change_and_summer_confound_conversion(events):
    rate = metrics.monthly_counts(events, ["reservation_attempt", "reservation"])
    conv = rate["reservation"] / rate["reservation_attempt"]
    before = conv[pd.Period("2024-09", "M") : pd.Period("2024-10", "M")].mean()
    after = conv[pd.Period("2024-11", "M") : pd.Period("2024-12", "M")].mean()
    assert after < before - 0.02  # the price change lowers conversion
    opens = metrics.monthly_counts(events, ["app_open"])["app_open"]
    assert opens[pd.Period("2024-08", "M")] > 1.3 * opens[pd.Period("2024-05", "M")]
