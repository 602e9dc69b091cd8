"""Every number notebook 01's prose states about the data, computed with the course helpers
from the committed data."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers import aha, data, leadlag, metrics
from tests.facts import assert_stated

NB = "01_north_star"


@pytest.fixture(scope="module")
def monthly(events, users, payments):
    m = metrics.monthly_counts(events, ["app_open", "reservation", "return"])
    m["signups"] = users["signup_at"].dt.to_period("M").value_counts()
    m["revenue"] = payments.groupby(payments["paid_at"].dt.to_period("M"))["amount_krw"].sum()
    return m


@pytest.fixture(scope="module")
def calendar():
    return data.load_calendar()


def _month(calendar, kind):
    return calendar.loc[calendar["kind"] == kind, "date"].iloc[0].to_period("M")


def test_cancelled_share(events):
    counts = events["event"].value_counts()
    assert_stated(NB, f"{counts['cancellation'] / counts['reservation']:.0%}")


def test_invoiced_share_of_revenue(payments):
    share = (
        payments.loc[payments["kind"] == "monthly_invoice", "amount_krw"].sum()
        / payments["amount_krw"].sum()
    )
    assert_stated(NB, f"{share:.0%}")


def test_price_rise_shows_in_returns_a_month_before_revenue(monthly, calendar):
    rise = _month(calendar, "price_change")
    assert f"{rise:%B %Y}" == "November 2024"  # the prose names the month
    assert_stated(NB, f"{rise:%B %Y}")
    pct = re.search(
        r"(\d+)%", calendar.loc[calendar["kind"] == "price_change", "description"].iloc[0]
    )
    assert_stated(NB, f"{pct.group(1)}%")
    change = monthly.pct_change()
    assert_stated(NB, f"{-change.loc[rise, 'return']:.0%}")  # "fell 23%"
    assert_stated(
        NB, f"{change.loc[rise, 'revenue']:+.0%}", f"{change.loc[rise + 1, 'revenue']:+.0%}"
    )
    assert change.loc[rise, "return"] < -0.15 and change.loc[rise + 1, "revenue"] < -0.05


def test_lead_lag_numbers(monthly):
    corr = {
        name: leadlag.lead_lag(monthly, name, "revenue").set_index("lag")["corr"]
        for name in ["signups", "app_open", "reservation", "return"]
    }
    assert_stated(NB, f"{corr['return'][1]:.2f}", f"{corr['return'][0]:.2f}")
    assert_stated(NB, f"{corr['reservation'][1]:.2f}", f"{corr['signups'][1]:.2f}")
    assert leadlag.best_lag(leadlag.lead_lag(monthly, "app_open", "revenue")) == 0
    assert_stated(NB, "lag **0**")
    assert_stated(NB, f"{len(monthly) - 1} month-on-month changes")


def test_promotion_month(monthly, calendar):
    promo = _month(calendar, "promotion")
    assert_stated(NB, f"{promo:%B %Y}", f"{promo - 1:%B %Y}")
    growth = monthly.pct_change().loc[promo]
    for name in ["signups", "app_open", "return"]:
        assert_stated(NB, f"{growth[name]:+.0%}")
    assert growth["signups"] > 2  # "tripled" in the figure title, "far more" in the prose


def test_levers_at_the_price_rise(events, monthly, calendar):
    riders = metrics.active_users(events, freq="M", event_col="event", names=["return"])
    per_rider = monthly["return"] / riders
    rise = _month(calendar, "price_change")
    for m in (rise - 1, rise):
        assert_stated(NB, f"{riders[m]:,}", f"{per_rider[m]:.2f}")
    overall = monthly["return"].sum() / riders.sum()
    assert_stated(NB, f"{overall:.1f}")


def test_aha_numbers(events, users):
    log = events.merge(users[["user_id", "signup_at"]], on="user_id")
    per_user = aha.early_actions(log, "return", start_col="signup_at", active_events=["app_open"])
    one = per_user.groupby(per_user["early"] >= 1)["retained"].mean()
    assert_stated(NB, f"{one[True]:.0%}", f"{one[False]:.0%}")
    table = aha.retention_by_threshold(per_user, "early", "retained")
    k = aha.aha_threshold(table)
    assert_stated(NB, f"**{k} or more**")
    row = table.set_index("threshold").loc[k]
    assert_stated(NB, f"{row['retention_at_least']:.0%}", f"{row['retention_below']:.0%}")
    assert_stated(NB, f"{row['share_at_least']:.0%}")


def test_stickiness_and_riders(events):
    dau_mau = metrics.stickiness(events, short="D").mean()
    assert_stated(NB, f"{dau_mau:.0%}")
    mau = metrics.active_users(events, freq="M")
    riders = metrics.active_users(events, freq="M", event_col="event", names=["return"])
    share = riders.iloc[-1] / mau.iloc[-1]
    assert mau.index[-1] == pd.Period("2025-06", "M")  # "June's active users"
    assert_stated(NB, f"{share:.0%}", f"{1 - share:.0%}")
