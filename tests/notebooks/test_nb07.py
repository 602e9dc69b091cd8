"""Notebook 07: its checkers and the facts its prose states.

**Checkers.** The checkers of notebook 07 accept the right answers and explain the typical wrong ones.

**Facts.** Every number that notebook 07 (cohort analysis) states about the data, checked.
"""

from __future__ import annotations

import pandas as pd
import pytest

from course import combinations, important_customer, search_behaviour
from course.checks import nb07
from course.data import load_calendar
from helpers import cohort
from tests.facts import assert_stated

# ---- checkers ------------------------------------------------------------


def P(month: str) -> pd.Period:
    return pd.Period(month, "M")


@pytest.fixture(scope="module")
def retention(events, users):
    log = events.merge(users[["user_id", "signup_at"]], on="user_id")
    return cohort.cohort_table(log, cohort_time_col="signup_at", active_events=["app_open"])


@pytest.fixture(scope="module")
def sessions(events):
    return search_behaviour.search_sessions(events, version_col="app_version")


@pytest.fixture(scope="module")
def table_sessions(events, users, sessions):
    per_user = combinations.combination_users(events, users)
    important = important_customer.is_important_customer(per_user)
    s = sessions[sessions["user_id"].isin(per_user.index)].copy()
    s["important"] = s["user_id"].map(important).astype(bool)
    return s


def ratio(s: pd.DataFrame) -> float:
    r = s.groupby("time_first")["reserved"].mean()
    return float(r[True] / r[False])


def by_version(s: pd.DataFrame) -> tuple[float, float]:
    fixed = s["app_version"].astype("object") == "3.0"
    return ratio(s[~fixed]), ratio(s[fixed])


def gap(s: pd.DataFrame) -> float:
    r = s.groupby("time_first")["reserved"].mean()
    return float(r[False] - r[True])


def msg(ex, answer) -> str:
    return ex.check(answer, quiet=True).message


# ---- Exercise 1 ----------------------------------------------------------------------------


def test_read_cell(retention):
    ex = nb07.read_cell()
    right = retention.loc[P("2024-06"), 3]
    assert ex.check(right, quiet=True)
    assert ex.check(round(float(right), 3), quiet=True)
    assert ex.check(..., quiet=True).status == "unanswered"
    assert "percentage" in msg(ex, right * 100)
    assert "That is month 2" in msg(ex, retention.loc[P("2024-06"), 2])
    assert "That is month 4" in msg(ex, retention.loc[P("2024-06"), 4])
    assert "the 2024-09 cohort" in msg(ex, retention.loc[P("2024-09"), 3])
    assert ex.check(f"{right:.0%}", quiet=True).status == "right"  # text, read as a share
    assert "should be a number" in msg(ex, "about a third")
    assert "too high" in msg(ex, 0.9)


def test_read_cell_hints_progress():
    ex = nb07.read_cell()
    hints = [ex.check(0.9, quiet=True).hint for _ in range(4)]
    assert len(set(hints[:3])) == 3 and hints[3] == hints[2]
    assert "retention.loc['2024-06', 3]" in hints[2]


# ---- Exercise 2 ----------------------------------------------------------------------------


def test_worst_cohort_right(retention):
    right = str(retention[1].idxmin())
    assert right == "2024-09"
    ex = nb07.worst_cohort()
    assert ex.check({"cohort": right, "why": "promotion"}, quiet=True)
    assert ex.check({"cohort": " 2024-09 ", "why": " Promotion "}, quiet=True)
    assert ex.check({"cohort": P("2024-09"), "why": "promotion"}, quiet=True)


def test_worst_cohort_unanswered_and_shape():
    ex = nb07.worst_cohort()
    assert ex.check({"cohort": ..., "why": ...}, quiet=True).status == "unanswered"
    assert "still open: 'why'" in msg(ex, {"cohort": "2024-09", "why": ...})
    assert "Give a dict" in msg(ex, "2024-09")
    assert "missing 'why'" in msg(ex, {"cohort": "2024-09"})


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ({"cohort": "2025-06", "why": "promotion"}, "'not yet', not 0"),
        ({"cohort": "2024-01", "why": "promotion"}, "not the lowest"),
        ({"cohort": "September", "why": "promotion"}, "is not a cohort"),
        ({"cohort": "2024-09", "why": "price change"}, "same calendar month"),
        ({"cohort": "2024-09", "why": "summer"}, "does not explain"),
        ({"cohort": "2024-09", "why": "app release"}, "No release"),
        ({"cohort": "2024-09", "why": "bad luck"}, "answer with one of"),
    ],
)
def test_worst_cohort_wrong(answer, expected):
    v = nb07.worst_cohort().check(answer, quiet=True)
    assert v.status == "wrong" and expected in v.message


def test_worst_cohort_hints_name_it_last():
    ex = nb07.worst_cohort()
    hints = [ex.check({"cohort": "2024-01", "why": "x"}, quiet=True).hint for _ in range(3)]
    assert len(set(hints)) == 3 and "2024-09" in hints[2]


# ---- Exercise 3 ----------------------------------------------------------------------------


def test_release_ratio_right(table_sessions):
    before, after = by_version(table_sessions[table_sessions["important"]])
    assert before < 0.5 and before + 0.25 < after < 1
    ex = nb07.release_ratio()
    assert ex.check({"before": before, "after": after}, quiet=True)
    assert ex.check({"before": round(before, 2), "after": round(after, 2)}, quiet=True)
    assert ex.check({"before": ..., "after": ...}, quiet=True).status == "unanswered"


def test_release_ratio_wrong(table_sessions):
    ic = table_sessions[table_sessions["important"]]
    before, after = by_version(ic)
    ex = nb07.release_ratio()
    assert "swapped" in msg(ex, {"before": after, "after": before})
    assert "upside down" in msg(ex, {"before": 1 / before, "after": 1 / after})
    assert "not percentages" in msg(ex, {"before": before * 100, "after": after * 100})
    fixed = ic["app_version"].astype("object") == "3.0"
    gaps = {"before": gap(ic[~fixed]), "after": gap(ic[fixed])}
    assert "That is the gap" in msg(ex, gaps)
    e_before, e_after = by_version(table_sessions[~table_sessions["important"]])
    assert "everyone else's ratio" in msg(ex, {"before": e_before, "after": e_after})
    assert "'before' is right" in msg(ex, {"before": before, "after": 0.2})
    assert "'after' is right" in msg(ex, {"before": 0.2, "after": after})
    assert "Neither ratio" in msg(ex, {"before": 0.2, "after": 0.2})
    assert "should be numbers" in msg(ex, {"before": "low", "after": "higher"})


def test_release_ratio_hints_progress():
    ex = nb07.release_ratio()
    hints = [ex.check({"before": 0.2, "after": 0.2}, quiet=True).hint for _ in range(3)]
    assert len(set(hints)) == 3 and "ic_sessions[~fixed]" in hints[2]


# ---- Exercise 4 ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def changes(table_sessions):
    ic = table_sessions[table_sessions["important"]]
    other = table_sessions[~table_sessions["important"]]
    (ib, ia), (eb, ea) = by_version(ic), by_version(other)
    month = ic["start"].dt.to_period("M")
    feb_mar = ratio(ic[month == P("2025-03")]) - ratio(ic[month == P("2025-02")])
    fixed = ic["app_version"].astype("object") == "3.0"
    return {
        "ic": ia - ib,
        "else": ea - eb,
        "ic_gap": gap(ic[fixed]) - gap(ic[~fixed]),
        "feb_mar": feb_mar,
    }


def test_fingerprint_right(changes):
    assert changes["ic"] > 0.25 and abs(changes["else"]) < 0.05
    ex = nb07.fingerprint()
    right = {"important": changes["ic"], "everyone_else": changes["else"]}
    assert ex.check({**right, "where": "important customer"}, quiet=True)
    assert ex.check({**right, "where": " Important Customer "}, quiet=True)
    assert ex.check({"important": ..., "everyone_else": ..., "where": ...}, quiet=True).status == (
        "unanswered"
    )


def test_fingerprint_wrong(changes):
    ex = nb07.fingerprint()
    c = changes

    def answer(ic, other, where="important customer"):
        return msg(ex, {"important": ic, "everyone_else": other, "where": where})

    assert "swapped" in answer(c["else"], c["ic"])
    assert "sign is flipped" in answer(-c["ic"], -c["else"])
    assert "change in the gap" in answer(c["ic_gap"], c["else"])
    assert "compares March with February" in answer(c["feb_mar"], c["else"])
    assert "'important' is right" in answer(c["ic"], 0.5)
    assert "'everyone_else' is right" in answer(0.9, c["else"])
    assert "Neither change" in answer(0.9, 0.9)
    assert "Where did the ratio move" in answer(c["ic"], c["else"], "both")
    assert "answer with one of" in answer(c["ic"], c["else"], "the app")
    assert "should be numbers" in answer("up", "flat")


def test_fingerprint_hints_progress():
    ex = nb07.fingerprint()
    hints = [
        ex.check({"important": 1, "everyone_else": 1, "where": "both"}, quiet=True).hint
        for _ in range(3)
    ]
    assert len(set(hints)) == 3 and "sessions['group']" in hints[2]


# ---- facts ---------------------------------------------------------------

NB = "07_cohorts"


@pytest.fixture(scope="module")
def log(events, users):
    return events.merge(users[["user_id", "signup_at"]], on="user_id")


@pytest.fixture(scope="module")
def retention_facts(log):
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
def per_user(events, users):
    out = combinations.combination_users(events, users)
    out["important"] = important_customer.is_important_customer(out)
    return out


@pytest.fixture(scope="module")
def table_sessions_facts(sessions, per_user):
    s = sessions[sessions["user_id"].isin(per_user.index)].copy()
    s["important"] = s["user_id"].map(per_user["important"]).astype(bool)
    return s


@pytest.fixture(scope="module")
def ic_sessions(table_sessions_facts):
    return table_sessions_facts[table_sessions_facts["important"]]


def monthly(s: pd.DataFrame) -> pd.DataFrame:
    m = s.groupby([s["start"].dt.to_period("M"), "time_first"])["reserved"].mean().unstack()
    m["ratio"] = m[True] / m[False]
    return m


def rate(s: pd.DataFrame, by: str) -> pd.Series:
    return s[[by, "reserved"]].dropna().astype(bool).groupby(by)["reserved"].mean()


def test_log_end_and_censoring(events, retention_facts):
    assert events["timestamp"].max().date() == pd.Timestamp("2025-06-30").date()
    assert_stated(NB, "30 June 2025")
    assert retention_facts.loc[P("2025-06")].iloc[1:].isna().all()
    assert retention_facts.loc[P("2025-05")].iloc[:2].notna().all()


def test_row_reading(retention_facts):
    row = retention_facts.loc[P("2024-01")]
    assert_stated(NB, f"{row[1]:.0%}", f"{row[2]:.0%}", f"{row[17]:.0%}")
    assert_stated(NB, "month 17")
    # "the big fall is between month 1 and month 2; after that the curve flattens"
    assert row[1] - row[2] > 3 * (row[2] - row[3])


def test_column_reading_has_one_outlier(retention_facts):
    col = retention_facts[1].dropna()
    assert col.idxmin() == P("2024-09")
    others = col.drop(P("2024-09"))
    assert col.min() < others.min() - 0.1  # "one does not" sit close to the others


def test_conversion_age_zero(conversion):
    age0 = conversion[0]
    assert_stated(NB, f"{age0[P('2024-07')]:.0%}", f"{age0[P('2024-08')]:.0%}")
    winter = age0[P("2024-11") : P("2025-02")]
    assert_stated(NB, f"{winter.min():.0%}", f"{winter.max():.0%}")
    # the heatmap title: conversion "falls for late-2024 cohorts"
    assert winter.max() < min(age0[P("2024-07")], age0[P("2024-08")]) - 0.1
    # the heatmap title: "the Sept 2024 cohort is lowest" (column 0 and the row average)
    assert age0.idxmin() == P("2024-09")
    assert conversion.mean(axis=1).idxmin() == P("2024-09")
    assert_stated(NB, f"stands out at {age0[P('2024-09')]:.0%}, the lowest")


def test_retention_title_big_drop_then_slow_slide(retention_facts):
    """'the big drop comes by month 2, then a slow slide': for every cohort with a year of
    data, the fall to month 2 is larger than the fall from month 2 to its last month, and
    that later fall is real (the last month is below month 2)."""
    for _, row in retention_facts.iterrows():
        row = row.dropna()
        if row.index.max() < 12:
            continue
        last = row.iloc[-1]
        assert 1 - row[2] > row[2] - last > 0.05


def test_some_conversion_cells_are_small(log):
    attempts = log[log["event"] == "reservation_attempt"].copy()
    attempts["cohort"] = attempts["signup_at"].dt.to_period("M")
    attempts["month"] = attempts["timestamp"].dt.to_period("M")
    n = attempts.groupby(["cohort", "month"])["user_id"].nunique()
    assert_stated(NB, f"the smallest cell holds only {n.min()} users")


def test_calendar_view_averages(conversion):
    long = conversion.stack().dropna().rename("c").reset_index()
    long["month"] = long["cohort"] + long["age"]
    avg = long.pivot(index="cohort", columns="month", values="c").mean()
    summer = avg[P("2024-07") : P("2024-08")].mean()
    after = avg[P("2024-11") : P("2025-02")].mean()
    assert_stated(NB, f"{summer:.0%}", f"{after:.0%}")
    assert summer > avg.mean() > after  # "summer lifts ..., from Nov 2024 most drop"
    # "the fall began before the price rise: from 75% in August to 66% in September-October
    # ... the price rise adds to a fall already under way"
    aug, sep_oct = avg[P("2024-08")], avg[P("2024-09") : P("2024-10")].mean()
    assert aug > sep_oct > after
    assert_stated(NB, f"from {aug:.0%} in August to", f"{sep_oct:.0%} in September-October")


def test_calendar_events():
    cal = load_calendar().set_index("description")
    kinds = load_calendar().set_index("kind")["date"]
    assert kinds["price_change"] == pd.Timestamp("2024-11-01")
    assert kinds["promotion"] == pd.Timestamp("2024-09-01")
    release = cal.loc[[d for d in cal.index if d.startswith("App 3.0")][0], "date"]
    assert release == pd.Timestamp("2025-03-04")
    assert_stated(NB, "1 Nov 2024", "12%", "4 March 2025")


def test_month_0_is_100_percent_and_left_off_the_colour_scale(retention_facts):
    assert (retention_facts[0] == 1).all()  # "Month 0 is 100% in every row"
    assert retention_facts.loc[:, 1:].max().max() < 0.9  # so month 0 would wash out the scale
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
    assert (res.loc[P("2025-03") :] >= 350).all() and res.loc[: P("2025-02")].max() < 350
    assert res.idxmax() == P("2025-03")
    assert_stated(
        NB, f"{res.max():,} at the peak in March", "350 or more every month from March 2025"
    )
    assert b["new"].idxmax() == P("2024-09")


def test_promotion_cohort_rides(log, users):
    count = cohort.cohort_table(
        log, cohort_time_col="signup_at", metric="count", active_events=["return"]
    )
    sizes = users["signup_at"].dt.to_period("M").value_counts()
    assert sizes[P("2024-09")] > 3 * sizes[P("2024-08")]  # "more than three times the users"
    more = count.loc[P("2024-09"), 2:8].sum() / count.loc[P("2024-08"), 2:8].sum() - 1
    assert 0.2 < more < 0.3  # "only about a quarter more rides"


def test_by_hand_equals_helper(events, users, retention_facts):
    opens = events[events["event"] == "app_open"].merge(users[["user_id", "signup_at"]])
    opens["cohort"] = opens["signup_at"].dt.to_period("M")
    opens["age"] = (opens["timestamp"].dt.year - opens["signup_at"].dt.year) * 12 + (
        opens["timestamp"].dt.month - opens["signup_at"].dt.month
    )
    active = opens.groupby(["cohort", "age"])["user_id"].nunique().unstack("age")
    by_hand = active.div(users["signup_at"].dt.to_period("M").value_counts(), axis=0)
    observed = retention_facts.notna()
    pd.testing.assert_frame_equal(
        by_hand.where(observed).fillna(0),
        retention_facts.fillna(0),
        check_names=False,
        check_freq=False,
        check_column_type=False,
    )


def test_old_vs_new_users(retention_facts):
    first_three = retention_facts.iloc[:3]
    last_three = retention_facts[retention_facts[3].notna()].iloc[-3:]
    assert [str(p) for p in first_three.index] == ["2024-01", "2024-02", "2024-03"]
    old, new = first_three[[1, 2, 3]].mean(), last_three[[1, 2, 3]].mean()
    for age in (1, 2, 3):
        assert_stated(NB, f"{old[age]:.0%} vs {new[age]:.0%} in month {age}")
    assert (old - new).abs().max() < 0.02  # "within 2 points at each age"
    assert_stated(NB, "within 2 points at each age")


def test_important_customer_table(per_user, users):
    assert_stated(NB, f"{len(per_user):,} users in the table", f"{per_user['important'].sum():,}")
    assert_stated(NB, f"the other {(~per_user['important']).sum():,}")
    signup = users.set_index("user_id").loc[per_user.index, "signup_at"]
    assert signup.min().strftime("%-d %B %Y") == "1 January 2024"
    assert signup.max().strftime("%-d %B %Y") == "2 November 2024"
    assert_stated(NB, "from 1 January to 2 November 2024")


def test_behaviours_in_important_customer(ic_sessions):
    for behaviour in ("used_filter", "two_plus_zones", "kept_car"):
        r = rate(ic_sessions, behaviour)
        assert r[True] > r[False]  # "help a little"
        assert r[True] - r[False] < 0.02
        assert_stated(NB, f"{r[True]:.1%} vs {r[False]:.1%}")
    tf = rate(ic_sessions, "time_first")
    assert_stated(NB, f"{tf[True]:.1%}", f"{tf[False]:.1%}")
    assert tf[True] / tf[False] < 0.5  # "at less than half the rate"


def test_ratio_is_the_headline(table_sessions_facts):
    ic = table_sessions_facts[table_sessions_facts["important"]]
    other = table_sessions_facts[~table_sessions_facts["important"]]
    base_ic = ic.loc[~ic["time_first"], "reserved"].mean()
    base_else = other.loc[~other["time_first"], "reserved"].mean()
    assert round(base_ic, 2) == 0.12 and round(base_else, 2) == 0.44  # "about 12% ... 44%"
    assert_stated(NB, "about 12% of the", "about 44%")


def test_monthly_ratio(table_sessions_facts):
    ic = monthly(table_sessions_facts[table_sessions_facts["important"]])
    ev = monthly(table_sessions_facts[~table_sessions_facts["important"]])
    before, after = ic.loc[: P("2025-02"), "ratio"], ic.loc[P("2025-03") :, "ratio"]
    assert_stated(NB, f"between {ev['ratio'].min():.2f} and {ev['ratio'].max():.2f}")
    assert ev["ratio"].min() > 0.85  # "near 1 in every month"
    assert_stated(NB, f"between {before.min():.2f} and {before.max():.2f}")
    assert_stated(NB, f"({after.min():.2f} to {after.max():.2f})")
    assert after.min() > before.max()  # "every month from March 2025 on ... above every month"
    assert before.max() < 0.55  # "about half the rate ... or less, every month before app 3.0"
    # summer: other sessions better in July and August than in May
    assert_stated(NB, f"({ic.loc[P('2024-07'), False]:.1%} and {ic.loc[P('2024-08'), False]:.1%}")
    assert_stated(NB, f"against {ic.loc[P('2024-05'), False]:.1%} in May")
    assert (
        min(ic.loc[P("2024-07"), False], ic.loc[P("2024-08"), False]) > ic.loc[P("2024-05"), False]
    )
    # ... but everyone else's other sessions do not rise: June above July and August
    jun, jul, aug = (ev.loc[P(m), False] for m in ("2024-06", "2024-07", "2024-08"))
    assert jun > max(jul, aug)
    assert_stated(NB, f"({jun:.0%} in June, {jul:.0%} and {aug:.0%} in July and")
    # November: both lines fall in both groups; the ratio stays in its usual range
    oct_, nov = P("2024-10"), P("2024-11")
    for table in (ic, ev):
        assert table.loc[nov, True] < table.loc[oct_, True]
        assert table.loc[nov, False] < table.loc[oct_, False]
    assert before.min() <= ic.loc[nov, "ratio"] <= before.max()
    assert_stated(
        NB,
        f"{ic.loc[oct_, False]:.1%} -> {ic.loc[nov, False]:.1%}",
        f"{ic.loc[oct_, True]:.1%} ->",
        f"{ic.loc[nov, True]:.1%}",
    )
    # March: only the time-first line rises
    feb, mar = P("2025-02"), P("2025-03")
    assert ic.loc[mar, True] - ic.loc[feb, True] > 0.03
    assert abs(ic.loc[mar, False] - ic.loc[feb, False]) < 0.005
    assert_stated(NB, f"{ic.loc[feb, True]:.1%} in February, {ic.loc[mar, True]:.1%} in March")
    assert_stated(NB, f"({ic.loc[feb, False]:.1%} and {ic.loc[mar, False]:.1%})")


def test_by_version(table_sessions_facts):
    fixed = table_sessions_facts["app_version"].astype("object") == "3.0"
    imp = table_sessions_facts["important"]
    r = {
        "ic_before": ratio(table_sessions_facts[imp & ~fixed]),
        "ic_after": ratio(table_sessions_facts[imp & fixed]),
        "else_before": ratio(table_sessions_facts[~imp & ~fixed]),
        "else_after": ratio(table_sessions_facts[~imp & fixed]),
    }
    assert_stated(NB, f"from {r['ic_before']:.2f} before 3.0 to {r['ic_after']:.2f} on 3.0")
    assert_stated(NB, f"({r['else_before']:.2f} -> {r['else_after']:.2f})")
    assert_stated(NB, f"from {r['ic_before']:.2f} to {r['ic_after']:.2f}")  # so what
    assert r["ic_after"] - r["ic_before"] > 0.25 and r["ic_after"] < 0.85  # "part of the pain"
    assert abs(r["else_after"] - r["else_before"]) < 0.05  # "barely moves"
    ic = table_sessions_facts[imp]
    pre = ic[~fixed[imp]].groupby("time_first")["reserved"].mean()
    post = ic[fixed[imp]].groupby("time_first")["reserved"].mean()
    assert_stated(
        NB, f"{pre[True]:.1%} -> {post[True]:.1%}", f"{pre[False]:.1%} -> {post[False]:.1%}"
    )
    assert_stated(NB, f"ratio {r['ic_before']:.2f}; everyone else {r['else_before']:.2f}")


def test_same_weeks_in_important_customer(ic_sessions):
    march = ic_sessions[
        (ic_sessions["start"] >= "2025-03-04") & (ic_sessions["start"] < "2025-04-01")
    ]
    v = march["app_version"].astype("object")
    m = march.groupby([v, "time_first"])["reserved"].agg(["mean", "size"])
    assert_stated(
        NB, f"{m.loc[('3.0', True), 'mean']:.1%}, on 2.9 at {m.loc[('2.9', True), 'mean']:.1%}"
    )
    assert_stated(
        NB, f"({m.loc[('3.0', False), 'mean']:.1%} vs {m.loc[('2.9', False), 'mean']:.1%})"
    )
    assert_stated(NB, f"Only {m.loc[('2.9', True), 'size']} time-first sessions ran 2.9")
    assert m.loc[("3.0", True), "mean"] > m.loc[("2.9", True), "mean"]  # "points the same way"
    assert abs(m.loc[("3.0", False), "mean"] - m.loc[("2.9", False), "mean"]) < 0.01  # "barely"
    assert set(v) == {"2.9", "3.0"}
