"""Every number that notebook 05's prose states about the data, computed from the data."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import data
from tests.facts import assert_stated

NB = "05_business_view"
FLAGS = ["car_type_filter", "two_plus_zones", "time_first"]
MIN_WEEK_SESSIONS = 200


@pytest.fixture(scope="module")
def per_session(events):
    return events.groupby(["session_id", "event"], observed=True).size().unstack(fill_value=0)


@pytest.fixture(scope="module")
def sessions(events, per_session):
    searched = per_session[per_session["map_view"] > 0]
    browse = events[events["event"].isin(["time_set", "zone_click", "car_view"])]
    first = browse.groupby("session_id")["event"].first().astype("object")
    s = pd.DataFrame(
        {
            "reserved": searched["reservation"] > 0,
            "attempted": searched["reservation_attempt"] > 0,
            "car_type_filter": searched["car_type_filter"] > 0,
            "two_plus_zones": searched["zone_click"] >= 2,
            "time_first": first.reindex(searched.index) == "time_set",
            "car_views": searched["car_view"],
        }
    )
    start = events.groupby("session_id")["timestamp"].min()
    s["week"] = start.reindex(s.index).dt.to_period("W")
    version = events.groupby("session_id")["app_version"].first().astype("object")
    s["version"] = version.reindex(s.index)
    return s


@pytest.fixture(scope="module")
def full(sessions):
    per_week = sessions.groupby("week").size()
    good = per_week[(per_week >= MIN_WEEK_SESSIONS) & (per_week.index < per_week.index.max())]
    return sessions[sessions["week"].isin(good.index)]


@pytest.fixture(scope="module")
def weekly(full):
    return full.groupby("week")[["reserved", *FLAGS]].mean()


def pct(x: float) -> str:
    return f"{x:.0%}"


def test_stage_metrics(per_session):
    searched = per_session[per_session["map_view"] > 0]
    visit = (per_session["map_view"] > 0).mean()
    search = (searched["reservation"] > 0).mean()
    ride = per_session["ride_start"].sum() / per_session["reservation"].sum()
    assert search < min(visit, ride)  # "search/browse is the weakest stage"
    assert_stated(
        NB,
        f"{pct(visit)} of sessions reach the map",
        f"{pct(ride)} of reservations become rides",
        f"only {pct(search)} of search",
        f"({pct(search)} of search",
    )


def test_with_and_without(sessions):
    rate = {f: sessions.groupby(f)["reserved"].mean() for f in FLAGS}
    f, z, t = (rate[k] for k in FLAGS)
    assert f[True] > f[False] and z[True] > z[False] and t[True] < t[False]
    assert_stated(
        NB,
        f"{pct(f[True])} against {pct(f[False])}",
        f"{pct(z[True])} against {pct(z[False])}",
        f"{pct(t[True])} against {pct(t[False])}",
    )
    assert sessions["car_views"].nunique() == 1  # "car views ... never moves"


def test_weeks_and_correlations(weekly):
    n = len(weekly)
    assert_stated(NB, f"With {n} noisy", f"every one of the {n} weeks")
    levels = weekly.corr()["reserved"].drop("reserved")
    changes = weekly.diff().corr()["reserved"].drop("reserved")
    assert_stated(
        NB,
        f"from {levels.min():.2f} to {levels.max():.2f}",
        f"from {changes.min():.2f} to {changes.max():.2f}",
    )
    assert changes.abs().idxmax() == "two_plus_zones" and changes["two_plus_zones"] < 0
    sd = 100 * weekly.std()
    assert_stated(
        NB,
        f"only {sd[FLAGS].min():.1f} to {sd[FLAGS].max():.1f} points",
        f"conversion ({sd['reserved']:.1f})",
    )
    assert 0.4 < sd[FLAGS].max() / sd["reserved"] < 0.6  # "about half as much"


def test_within_week_gaps(full):
    gaps = {}
    for f in FLAGS:
        r = full.groupby(["week", f])["reserved"].mean().unstack()
        gaps[f] = r[True] - r[False]
    gaps = pd.DataFrame(gaps)
    n = len(gaps)
    assert (gaps["time_first"] < 0).all()
    assert_stated(
        NB,
        f"{(gaps['car_type_filter'] > 0).sum()} of {n} weeks",
        f"{(gaps['two_plus_zones'] > 0).sum()} of {n} weeks",
    )
    assert_stated(NB, f"by {100 * gaps['two_plus_zones'].mean():.0f} points on average")
    after = gaps.index.start_time >= pd.Timestamp("2025-03-04")
    assert gaps.loc[after, "time_first"].mean() > gaps.loc[~after, "time_first"].mean() + 0.03


def test_release_narrows_the_gap(sessions):
    on = (sessions["version"] == "3.0").rename("on")
    rate = sessions.groupby([on, "time_first"])["reserved"].mean()
    before = rate[(False, False)] - rate[(False, True)]
    after = rate[(True, False)] - rate[(True, True)]
    assert 0 < after < before
    assert_stated(
        NB,
        f"reserved {pct(rate[(False, True)])} of the time against {pct(rate[(False, False)])}",
        f"a gap of {100 * before:.0f} points",
        f"{pct(rate[(True, True)])} against {pct(rate[(True, False)])}",
        f"a gap of {100 * after:.0f} points",
        f"still {100 * after:.0f} points",
    )
    release = data.load_calendar().query("kind == 'app_release'")
    assert pd.Timestamp("2025-03-04") in set(release["date"])
    assert_stated(NB, "2025-03-04")


def test_attempt_then_fail(sessions):
    attempt = sessions.groupby("time_first")["attempted"].mean()
    assert pct(attempt[True]) == pct(attempt[False])
    assert_stated(NB, f"({pct(attempt[True])} in both groups")
    per_attempt = sessions[sessions["attempted"]].groupby("time_first")["reserved"].mean()
    assert_stated(NB, f"{pct(per_attempt[True])} against {pct(per_attempt[False])}")
