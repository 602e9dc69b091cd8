"""Every number that notebook 06 (sync the views) states about the data, checked."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import metrics, quadrant, search_behaviour, segments
from helpers.data import load_calendar, load_rides
from tests.facts import ROOT, assert_stated, markdown_of

NB = "06_sync_views"


@pytest.fixture(scope="module")
def monthly(events, users):
    m = metrics.monthly_counts(events, ["app_open", "reservation_attempt", "reservation", "return"])
    m["signups"] = users["signup_at"].dt.to_period("M").value_counts().reindex(m.index)
    m["conversion"] = m["reservation"] / m["reservation_attempt"]
    return m


@pytest.fixture(scope="module")
def per_user(events, users):
    counts = metrics.per_user_counts(
        events,
        {"attempts": "reservation_attempt", "reservations": "reservation", "rides": "return"},
        users=users["user_id"],
    )
    u = users.set_index("user_id").join(counts)
    u["segment"] = segments.combine(u, ["age_band", "region"])
    segs = (
        u.groupby("segment")
        .agg(users=("attempts", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
        .reset_index()
    )
    placed = quadrant.place(segs, "attempts", "rides", threshold="median")
    u["quadrant"] = u["segment"].map(placed.set_index("segment")["quadrant"].astype("object"))
    u.attrs["placed"] = placed
    return u


@pytest.fixture(scope="module")
def sessions(events):
    return search_behaviour.search_sessions(events)


def test_calendar_dates_and_price_rise():
    cal = load_calendar().set_index("kind")
    assert cal.loc["promotion", "date"] == pd.Timestamp("2024-09-01")
    assert cal.loc["price_change", "date"] == pd.Timestamp("2024-11-01")
    assert "12%" in cal.loc["price_change", "description"]
    assert_stated(NB, "12%", "Sept 2024", "1 Nov 2024")


def test_promotion_month(monthly):
    aug, sep = monthly.loc["2024-08"], monthly.loc["2024-09"]
    assert_stated(NB, f"{sep['signups'] / aug['signups'] - 1:.0%}")  # 228%
    assert_stated(NB, f"{int(aug['signups']):,}", f"{int(sep['signups']):,}")
    assert_stated(NB, f"{sep['app_open'] / aug['app_open'] - 1:.0%}")
    fall = 1 - sep["return"] / aug["return"]
    assert fall > 0  # the prose says returns *fell*
    assert_stated(NB, f"{fall:.0%}")
    # B1: one truth - the prose and the figure say the same (returns fell), never "flat"
    md = markdown_of(NB)
    assert "returns flat" not in md and "stayed flat" not in md
    assert "fell 5%" in md and f"fell {fall:.0%}" in md
    src = (ROOT / "notebooks" / "src" / f"{NB}.py").read_text()
    assert "returns {change['return']:+.0%}" in src and "returns flat" not in src
    assert 3 <= sep["signups"] / aug["signups"] < 3.5  # "more than tripled", "x3"


def test_price_rise_conversion(monthly):
    oct_, nov = monthly.loc["2024-10", "conversion"], monthly.loc["2024-11", "conversion"]
    assert nov < oct_
    assert_stated(NB, f"{oct_:.0%}", f"{nov:.0%}")
    rides = load_rides()
    fare = rides.groupby(rides["start_at"].dt.to_period("M"))["fare_krw"].mean()
    assert fare[pd.Period("2024-11", "M")] > fare[pd.Period("2024-10", "M")]  # revenue per ride up
    winter = monthly.loc["2024-12":"2025-02", "conversion"]
    assert (winter < oct_ - 0.03).all()  # "stayed low all winter"


def test_pain_reach(events, users, sessions):
    failed = sessions["time_first"] & sessions["attempted"] & ~sessions["reserved"]
    n_failed = sessions.loc[failed, "user_id"].nunique()
    n_payment = events.loc[events["event"] == "payment_failure", "user_id"].nunique()
    n_licence = int((users["licence_status"] == "on_hold").sum())
    n_accident = events.loc[events["event"] == "accident_report", "user_id"].nunique()
    assert_stated(NB, f"{n_failed:,}", f"{n_payment:,}", f"{n_licence:,}", f"{n_accident:,}")
    assert n_failed > 10 * max(n_payment, n_licence, n_accident)


def test_action_needed_is_largest_and_young(per_user):
    placed = per_user.attrs["placed"]
    summary = quadrant.quadrant_summary(placed, "users")
    assert summary.index[0] == "action needed"
    row = summary.loc["action needed"]
    assert_stated(NB, f"{int(row['users']):,}", f"{row['share_of_users']:.0%}")
    assert_stated(NB, f"{int(row['segments'])} segments")
    ages = {s.split(" x ")[0] for s in placed.loc[placed["quadrant"] == "action needed", "segment"]}
    assert ages == {"20-24", "25-29"}
    regions = {
        s.split(" x ")[1] for s in placed.loc[placed["quadrant"] == "action needed", "segment"]
    }
    assert regions == set(per_user["region"].astype("object"))  # "in every region"
    assert_stated(NB, "20-24 and 25-29")


def test_four_numbers(per_user, sessions, events):
    an = per_user[per_user["quadrant"] == "action needed"]
    rest = per_user[per_user["quadrant"] != "action needed"]
    conv_an = an["reservations"].sum() / an["attempts"].sum()
    conv_all = per_user["reservations"].sum() / per_user["attempts"].sum()
    conv_rest = rest["reservations"].sum() / rest["attempts"].sum()
    share_attempts = an["attempts"].sum() / per_user["attempts"].sum()
    assert_stated(
        NB, f"{share_attempts:.0%}", f"{conv_an:.0%}", f"{conv_all:.0%}", f"{conv_rest:.0%}"
    )
    s = sessions[sessions["user_id"].isin(an.index)]
    rate = s.groupby("time_first")["reserved"].mean()
    assert_stated(NB, f"{s['time_first'].mean():.0%}", f"{rate[True]:.0%}", f"{rate[False]:.0%}")
    extra = an["attempts"].sum() * (conv_all - conv_an)
    assert_stated(NB, f"{extra:,.0f}")
    n_months = events["timestamp"].dt.to_period("M").nunique()
    assert_stated(NB, f"{n_months} months")
    per_res_an = an["attempts"].sum() / an["reservations"].sum()
    per_res_rest = rest["attempts"].sum() / rest["reservations"].sum()
    assert_stated(NB, f"{per_res_an:.1f}", f"{per_res_rest:.1f}")


def test_filter_and_zones_help_only_a_little(per_user, sessions):
    s = sessions[sessions["user_id"].isin(per_user.index[per_user["quadrant"] == "action needed"])]
    tf_gap = s.groupby("time_first")["reserved"].mean().diff().iloc[-1]
    for behaviour in ("used_filter", "two_plus_zones"):
        gap = s.groupby(behaviour)["reserved"].mean().diff().iloc[-1]
        assert 0 < gap < abs(tf_gap) / 2  # "help a little"; time first is the large gap
