"""Every number and direction that notebook 06 (sync the views) states about the data, checked.

The quadrant, the evidence and the candidates are recomputed here with the course helpers
(``combinations``, ``quadrant``, ``search_behaviour``), independently of
``helpers.checks.nb06``; a last test checks that nb06's own numbers agree.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import combinations, important_customer, metrics, quadrant, search_behaviour
from helpers.checks import nb06
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
    u = combinations.combination_users(events, users)
    placed = quadrant.place(
        combinations.combination_table(u), "attempts", "rides", threshold="median"
    )
    u["quadrant"] = u["combination"].map(placed.set_index("segment")["quadrant"].astype("object"))
    u.attrs["placed"] = placed
    return u


@pytest.fixture(scope="module")
def sessions(events, per_user):
    s = search_behaviour.search_sessions(events, version_col="app_version")
    s = s[s["user_id"].isin(per_user.index)].copy()
    s["action_needed"] = s["user_id"].isin(per_user.index[per_user["quadrant"] == "action needed"])
    s["fixed"] = s["app_version"].astype(str) >= "3.0"
    return s


def rates(s: pd.DataFrame, flag: str = "time_first") -> pd.Series:
    return s.dropna(subset=[flag]).groupby(s[flag].dropna().astype(bool))["reserved"].mean()


def ratio(s: pd.DataFrame, flag: str = "time_first") -> float:
    r = rates(s, flag)
    return float(r[True] / r[False])


# ---- See it 1: business-only --------------------------------------------------------------


def test_calendar_dates_and_price_rise():
    cal = load_calendar().set_index("kind")
    assert cal.loc["promotion", "date"] == pd.Timestamp("2024-09-01")
    assert cal.loc["price_change", "date"] == pd.Timestamp("2024-11-01")
    assert "12%" in cal.loc["price_change", "description"]
    assert_stated(NB, "12%", "Sept 2024", "1 Nov 2024")


def test_promotion_month(monthly):
    aug, sep = monthly.loc["2024-08"], monthly.loc["2024-09"]
    assert_stated(NB, f"{sep['signups'] / aug['signups'] - 1:.0%}")
    assert_stated(NB, f"{int(aug['signups']):,}", f"{int(sep['signups']):,}")
    assert_stated(NB, f"{sep['app_open'] / aug['app_open'] - 1:.0%}")
    fall = 1 - sep["return"] / aug["return"]
    assert fall > 0  # the prose says returns *fell*
    md = markdown_of(NB)
    assert "returns flat" not in md and "stayed flat" not in md
    assert f"fell {fall:.0%}" in md and f"*fell* by {fall:.0%}" in md
    src = (ROOT / "notebooks" / "src" / f"{NB}.py").read_text()
    assert "returns {change['return']:+.0%}" in src and "returns flat" not in src
    assert 3 <= sep["signups"] / aug["signups"] < 3.5  # "more than tripled", "x3"


def test_price_rise_conversion(monthly):
    c = monthly["conversion"]
    sep, oct_, nov = c.loc["2024-09"], c.loc["2024-10"], c.loc["2024-11"]
    assert nov < oct_ < sep
    assert_stated(NB, f"{sep:.0%}", f"{oct_:.0%}", f"{nov:.0%}")
    # "it fell as much the month before ... before the price rise"
    assert abs((sep - oct_) - (oct_ - nov)) < 0.005
    rides = load_rides()
    fare = rides.groupby(rides["start_at"].dt.to_period("M"))["fare_krw"].mean()
    assert fare[pd.Period("2024-11", "M")] > fare[pd.Period("2024-10", "M")]  # revenue per ride up
    # "slid month by month from August to December, with no step at the price rise"
    assert c.loc["2024-08":"2024-12"].is_monotonic_decreasing
    steps = -c.loc["2024-08":"2024-12"].diff().dropna()
    assert steps[pd.Period("2024-11", "M")] <= steps.max()
    assert steps[pd.Period("2024-11", "M")] < steps[pd.Period("2024-09", "M")]
    spring = c.loc["2025-02":"2025-06"]
    assert spring.is_monotonic_increasing  # "climbs again from March 2025"
    # the figure titles state only what the data shows
    src = (ROOT / "notebooks" / "src" / f"{NB}.py").read_text()
    assert "Conversion slid from Aug to Dec, with no step in Nov" in src
    assert "Price rise (Nov): conversion fell" not in src
    md = markdown_of(NB)
    assert "notebook 07" in md and "cannot" in md


def test_august_is_the_summer_peak(monthly):
    r = monthly["return"].loc["2024-01":"2024-12"]
    assert r.idxmax() == pd.Period("2024-08", "M")  # "the most returns of 2024"
    assert "summer peak" in markdown_of(NB)


# ---- See it 2: customer-only ---------------------------------------------------------------


def test_pain_reach(events, users):
    s = search_behaviour.search_sessions(events)
    failed = s["time_first"] & s["attempted"] & ~s["reserved"]
    n_failed = s.loc[failed, "user_id"].nunique()
    n_payment = events.loc[events["event"] == "payment_failure", "user_id"].nunique()
    n_licence = int((users["licence_status"] == "on_hold").sum())
    n_accident = events.loc[events["event"] == "accident_report", "user_id"].nunique()
    assert_stated(NB, f"{n_failed:,}", f"{n_payment:,}", f"{n_licence:,}", f"{n_accident:,}")
    assert n_failed > 10 * max(n_payment, n_licence, n_accident)  # "too few users hit them"


# ---- See it 3: the quadrant of combinations -------------------------------------------------


def test_action_needed_is_largest_and_pay_per_ride(per_user):
    placed = per_user.attrs["placed"]
    summary = quadrant.quadrant_summary(placed, "users")
    assert summary.index[0] == "action needed"  # "the largest quadrant"
    row = summary.loc["action needed"]
    assert_stated(NB, f"{int(row['users']):,}", f"{row['share_of_users']:.0%}")
    assert_stated(NB, f"{int(row['segments'])} combinations")
    an = placed[placed["quadrant"] == "action needed"]
    assert set(an["situation"]) == {"pay-per-ride member"}
    assert set(an["experience"].astype(str)) == {
        "never reserved",
        "reserved, never rode",
        "below average",
    }
    assert 6 <= an["attempts"].min() and an["attempts"].max() < 11  # "6 to 10 attempts each"
    assert (an["rides"] < 1).all()  # "well under one ride each"
    mean_early = per_user["early_rides"].mean()
    assert_stated(NB, f"{mean_early:.2f} early rides")
    below = per_user[per_user["combination"] == "pay-per-ride member x below average"]
    assert set(below["early_rides"]) == {1}  # "here the same as one completed ride"
    assert_stated(NB, "60 days", "180 days")


# ---- See it 4: the evidence ------------------------------------------------------------------


def test_time_first_ratio_is_the_pain_of_action_needed(sessions):
    before = sessions[~sessions["fixed"]]
    an, rest = before[before["action_needed"]], before[~before["action_needed"]]
    r_an, r_rest = ratio(an), ratio(rest)
    assert r_an < 0.5 < 0.85 < r_rest  # far lower only in action needed
    src = (ROOT / "notebooks" / "src" / f"{NB}.py").read_text()
    assert "lost over half their chance in action needed only" in src  # the figure's title
    assert_stated(NB, f"{r_an:.2f}", f"{r_rest:.2f}")
    ra, rr = rates(an), rates(rest)
    assert_stated(NB, f"{ra[True]:.0%}", f"{ra[False]:.0%}", f"{rr[True]:.0%}", f"{rr[False]:.0%}")
    # "7 points ... 2 points": more than half of 12%, about a twentieth of 44%
    gap_an, gap_rest = ra[False] - ra[True], rr[False] - rr[True]
    assert_stated(NB, f"{gap_an * 100:.0f} points", f"{gap_rest * 100:.0f}")
    assert gap_an / ra[False] > 0.5 and 0.04 < gap_rest / rr[False] < 0.06
    # every other flag's ratio is close to 1 in both groups ("none changes much")
    for flag in ("used_filter", "two_plus_zones", "kept_car"):
        for s in (an, rest):
            assert 0.9 < ratio(s, flag) < 1.25, flag


def test_app_3_fixes_part_of_it(sessions):
    after = sessions[sessions["fixed"]]
    before = sessions[~sessions["fixed"]]
    an_b, an_a = ratio(before[before["action_needed"]]), ratio(after[after["action_needed"]])
    re_b, re_a = ratio(before[~before["action_needed"]]), ratio(after[~after["action_needed"]])
    assert an_b < an_a < 0.9  # lifted, "part of the pain, not all"
    assert abs(re_a - re_b) < 0.05  # "barely changed"
    assert_stated(NB, f"{an_b:.2f}", f"{an_a:.2f}", f"{re_b:.2f}", f"{re_a:.2f}")
    cal = load_calendar()
    release = cal[cal["description"].str.startswith("App 3.0")]
    assert release["date"].dt.strftime("%B %Y").tolist() == ["March 2025"]  # "App 3.0 (March 2025)"
    assert_stated(NB, "March 2025")


def test_keyword_evidence(sessions):
    an = sessions[~sessions["fixed"] & sessions["action_needed"]]
    r_filter, r_zones = ratio(an, "used_filter"), ratio(an, "two_plus_zones")
    assert r_filter > 1 and r_zones > 1  # "do not hurt them"
    assert_stated(NB, f"{r_filter:.1f}", f"{r_zones:.1f}")
    per_res = an["attempted"].sum() / an["reserved"].sum()
    assert_stated(NB, f"{per_res:.1f} attempted sessions per reservation")


# ---- See it 6: candidates --------------------------------------------------------------------


@pytest.fixture(scope="module")
def candidates(events, users, per_user, sessions):
    start = users.set_index("user_id")["signup_at"]
    r = events.loc[events["event"] == "return", ["user_id", "timestamp"]]
    age = (r["timestamp"] - r["user_id"].map(start)) / pd.Timedelta(days=1)
    r = r[(age >= 60) & (age < 240)].sort_values(["user_id", "timestamp"])
    gaps = r.groupby("user_id")["timestamp"].agg(
        lambda t: (t.iloc[1] - t.iloc[0]) / pd.Timedelta(days=1) if len(t) > 1 else 1e6
    )
    on_q = per_user[per_user["quadrant"].notna()]
    reference = on_q["rides"].sum() / on_q["attempts"].sum()
    before = sessions[~sessions["fixed"]]
    masks = {
        "an": per_user["quadrant"] == "action needed",
        "subs": per_user["combination"] == "subscriber x above average",
        "assoc": per_user["combination"] == "associate member x never reserved",
    }
    out = {}
    for k, m in masks.items():
        d = per_user[m]
        conv = d["rides"].sum() / d["attempts"].sum()
        g = gaps[gaps.index.isin(d.index)]
        out[k] = {
            "users": len(d),
            "share_rides": d["rides"].sum() / on_q["rides"].sum(),
            "ratio": ratio(before[before["user_id"].isin(d.index)]),
            "conv": conv,
            "prize": max(0.0, d["attempts"].sum() * (reference - conv)) / 6,
            "repeat": float((g <= 30).mean()),
            "first": len(g),
        }
    out["reference"] = reference
    return out


def test_candidates(candidates, per_user):
    an, subs, assoc = candidates["an"], candidates["subs"], candidates["assoc"]
    assert_stated(NB, f"{an['users']:,}", f"{subs['users']:,}", f"{assoc['users']:,}")
    assert_stated(NB, f"{subs['share_rides']:.0%}", f"{an['share_rides']:.0%}")
    # "they hold the most rides today": the subscribers above average, of every combination
    placed = per_user.attrs["placed"]
    totals = placed.set_index("segment")["rides"] * placed.set_index("segment")["users"]
    assert totals.idxmax() == "subscriber x above average"
    assert_stated(NB, f"{an['ratio']:.2f}", f"{subs['ratio']:.2f}", f"{assoc['ratio']:.2f}")
    assert an["ratio"] < assoc["ratio"] < 0.9 < subs["ratio"]
    assert_stated(NB, f"{subs['repeat']:.0%}", f"{an['repeat']:.0%}")
    assert subs["repeat"] > an["repeat"]
    assert assoc["first"] < 20  # "they rarely get as far as a reservation at all"
    assert_stated(NB, "30 days")


def need_a_prize(events, users, sessions, ids) -> float:
    """Need A alone: days 60-240, before app 3.0, time-first sessions converting like the
    same users' other sessions; extra reservations x rides per reservation / 6 months."""
    start = users.set_index("user_id")["signup_at"]
    s = sessions[~sessions["fixed"] & sessions["user_id"].isin(ids)]
    age = (s["start"] - s["user_id"].map(start)) / pd.Timedelta(days=1)
    s = s[((age >= 60) & (age < 240)).to_numpy()]
    r = rates(s)
    ev = events[events["user_id"].isin(ids)]
    age = (ev["timestamp"] - ev["user_id"].map(start)) / pd.Timedelta(days=1)
    ev = ev[((age >= 60) & (age < 240)).to_numpy()]
    per_res = (ev["event"] == "return").sum() / (ev["event"] == "reservation").sum()
    return max(0.0, s["time_first"].sum() * (r[False] - r[True])) * per_res / 6


def test_prize_and_rejections(events, users, sessions, per_user, candidates):
    an, subs, assoc = candidates["an"], candidates["subs"], candidates["assoc"]
    ids = {
        "an": per_user.index[per_user["quadrant"] == "action needed"],
        "subs": per_user.index[per_user["combination"] == "subscriber x above average"],
        "assoc": per_user.index[per_user["combination"] == "associate member x never reserved"],
    }
    prize = {k: need_a_prize(events, users, sessions, v) for k, v in ids.items()}
    # the headline prize is need A's; the old one is the whole-segment ceiling
    assert_stated(NB, f"about {prize['an']:.0f} more completed rides a month")
    assert_stated(NB, f"{an['prize']:.0f} a month", f"about {prize['subs']:.0f} rides a")
    assert_stated(NB, f"{an['conv']:.3f}", f"{candidates['reference']:.2f}")
    assert prize["an"] < an["prize"] / 10  # "need A explains only a small part"
    assert prize["assoc"] < 1  # "under one ride a month for them"
    assert_stated(NB, f"ceiling is about {assoc['prize']:.0f}")
    assert prize["subs"] < prize["an"] / 5
    assert subs["prize"] == 0 and subs["conv"] > candidates["reference"]  # "no ceiling"
    assert_stated(NB, f"{subs['conv']:.2f}")
    assert assoc["users"] < an["users"] / 5  # "too few"
    md = markdown_of(NB)
    assert "pending card or licence" not in md and "515 more" not in md
    nb = nb06.candidates()
    assert list(nb["users"]) == [an["users"], subs["users"], assoc["users"]]
    assert nb["prize_per_month"].tolist() == pytest.approx(
        [prize["an"], prize["subs"], prize["assoc"]]
    )
    assert nb["ceiling_per_month"].tolist() == pytest.approx([an["prize"], 0, assoc["prize"]])
    assert nb["repeat_30d"].tolist() == pytest.approx(
        [an["repeat"], subs["repeat"], assoc["repeat"]]
    )


def test_later_pay_per_ride_signups_show_the_pain_too(events, users, per_user):
    """'Pay-per-ride members who signed up from November 2024, too recent for the quadrant,
    show it too: ratio 0.73.'"""
    situation = combinations.mass_situation(users).to_numpy()
    later = users.loc[
        (situation == "pay-per-ride member")
        & (users["signup_at"] >= "2024-11-01").to_numpy()
        & ~users["user_id"].isin(per_user.index),
        "user_id",
    ]
    s = search_behaviour.search_sessions(events, version_col="app_version")
    s = s[s["user_id"].isin(later) & (s["app_version"].astype(str) < "3.0")]
    r = ratio(s)
    assert r < 0.85  # "show it too" (everyone else on the quadrant: ~0.95)
    assert_stated(NB, f"ratio {r:.2f}")
    md = " ".join(markdown_of(NB).split())
    assert "Among the users on the quadrant" in md and "(and only there)" not in md


def test_the_derived_customer_is_the_defined_one(per_user):
    derived = set(per_user.index[per_user["quadrant"] == "action needed"])
    defined = set(per_user.index[important_customer.is_important_customer(per_user)])
    assert derived == defined
    md = " ".join(markdown_of(NB).replace("*", "").split())
    assert important_customer.NAME in md and important_customer.KEYWORD in md


def test_pilot_region(users, per_user, sessions):
    region = users.set_index("user_id")["region"]
    an = per_user.index[per_user["quadrant"] == "action needed"]
    counts = an.map(region).value_counts()
    assert counts.index[0] == "Seoul"  # "the most of these users"
    assert_stated(NB, f"{counts['Seoul']:,} of {len(an):,}")
    before = sessions[~sessions["fixed"] & sessions["action_needed"]]
    by_region = {r: ratio(s) for r, s in before.groupby(before["user_id"].map(region))}
    worst = min(by_region, key=by_region.get)
    assert worst == "Incheon"  # "the worst ratio"
    assert_stated(NB, f"{by_region[worst]:.2f}")
    n = before["user_id"].map(region).value_counts()
    assert n["Incheon"] < n["Seoul"] / 3  # "on far fewer sessions"
