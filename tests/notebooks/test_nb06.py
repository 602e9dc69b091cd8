"""Notebook 06: its checkers and the facts its prose states.

**Checkers.** The checkers of notebook 06 accept the right answers and explain the typical wrong ones.

**Facts.** Every number and direction that notebook 06 (sync the views) states about the data, checked.

The quadrant, the evidence and the candidates are recomputed here with the course helpers
(``combinations``, ``quadrant``, ``search_behaviour``), independently of
``course.checks.nb06``; a last test checks that nb06's own numbers agree.
"""

from __future__ import annotations

import pandas as pd
import pytest

from course import combinations, important_customer, search_behaviour
from course.checks import nb06
from course.data import load_calendar, load_rides
from helpers import metrics, quadrant
from tests.facts import ROOT, assert_stated, markdown_of

# ---- checkers ------------------------------------------------------------


@pytest.fixture(scope="module")
def action_numbers(events, users):
    """The action-needed combinations' later-window totals, computed here independently."""
    u = combinations.combination_users(events, users)
    placed = quadrant.place(combinations.combination_table(u), "attempts", "rides")
    an_combos = set(placed.loc[placed["quadrant"] == "action needed", "segment"])
    on_q = u[u["combination"].isin(set(placed["segment"]))]
    an = u[u["combination"].isin(an_combos)]
    assert (u["combination"].isin(an_combos) == important_customer.is_important_customer(u)).all()
    # need A alone: days 60-240 search sessions before app 3.0, time-first vs the others
    start = users.set_index("user_id")["signup_at"]
    s = search_behaviour.search_sessions(events, version_col="app_version")
    s = s[s["user_id"].isin(an.index) & (s["app_version"].astype(str) < "3.0")]
    age = (s["start"] - s["user_id"].map(start)) / pd.Timedelta(days=1)
    s = s[((age >= 60) & (age < 240)).to_numpy()]
    ev = events[events["user_id"].isin(an.index)]
    age = (ev["timestamp"] - ev["user_id"].map(start)) / pd.Timedelta(days=1)
    ev = ev[((age >= 60) & (age < 240)).to_numpy()]
    return {
        "tf_sessions": int(s["time_first"].sum()),
        "tf_rate": s.loc[s["time_first"], "reserved"].mean(),
        "other_rate": s.loc[~s["time_first"], "reserved"].mean(),
        "rides_per_reservation": (ev["event"] == "return").sum()
        / (ev["event"] == "reservation").sum(),
        "users": len(an),
        "attempts": an["attempts"].sum(),
        "conversion": an["rides"].sum() / an["attempts"].sum(),
        "reference": on_q["rides"].sum() / on_q["attempts"].sum(),
    }


def _message(ex, answer):
    return ex.check(answer, quiet=True).message


# ---- the fill-in template ----------------------------------------------------------------


def test_template_untouched_is_unanswered():
    ex = nb06.views()
    assert ex.check(..., quiet=True).status == "unanswered"
    assert ex.check(None, quiet=True).status == "unanswered"
    assert ex.check({k: ... for k in nb06.ACTIONS}, quiet=True).status == "unanswered"
    assert ex.tries == 0


def test_partly_filled_template_says_what_is_open():
    ex = nb06.views()
    answer = {k: ... for k in nb06.ACTIONS} | {"promo_again": "business-only"}
    v = ex.check(answer, quiet=True)
    assert v.status == "unanswered" and "Not finished yet" in v.message and "price_up" in v.message
    assert ex.tries == 0


# ---- Exercise 1 ----------------------------------------------------------------------------

RIGHT_VIEWS = {
    "promo_again": "business-only",
    "complaint_queue": "customer-only",
    "price_up": "business-only",
    "free_at_time": "both",
}


def test_views_right_answer_accepted_case_insensitive():
    assert nb06.views().check(RIGHT_VIEWS, quiet=True)
    shouty = {k: f"  {v.upper()} " for k, v in RIGHT_VIEWS.items()}
    assert nb06.views().check(shouty, quiet=True)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("promo_again", "both", "returns barely moved"),
        ("complaint_queue", "both", "treats every pain as equal"),
        ("price_up", "both", "conversion fell"),
        ("free_at_time", "customer-only", "moves the north star"),
        ("free_at_time", "business-only", "not business-only"),
    ],
)
def test_views_typical_wrong_answers(key, value, expected):
    answer = RIGHT_VIEWS | {key: value}
    v = nb06.views().check(answer, quiet=True)
    assert v.status == "wrong"
    assert key in v.message and expected in v.message


def test_views_odd_input():
    ex = nb06.views()
    assert "Give a dict" in _message(ex, "both")
    assert "missing 'price_up'" in _message(
        ex, {k: v for k, v in RIGHT_VIEWS.items() if k != "price_up"}
    )
    assert "answer with one of" in _message(ex, RIGHT_VIEWS | {"price_up": 3})
    assert "answer with one of" in _message(ex, RIGHT_VIEWS | {"price_up": "business"})


def test_views_hints_progress():
    ex = nb06.views()
    wrong = RIGHT_VIEWS | {"free_at_time": "customer-only"}
    hints = [ex.check(wrong, quiet=True).hint for _ in range(4)]
    assert hints[0] != hints[1] != hints[2]
    assert hints[3] == hints[2]
    assert "'both'" in hints[2]


# ---- Exercise 2 ----------------------------------------------------------------------------

RIGHT_NEEDS = {
    "at the time I need": "A",
    "the car I want": "B",
    "quickly": "C",
    "near me": "D",
    "more sign-ups": "none",
}


def test_keywords_right_answer_and_its_forms():
    assert nb06.keywords().check(RIGHT_NEEDS, quiet=True)
    assert nb06.keywords().check(
        RIGHT_NEEDS | {"more sign-ups": "None", "near me": "d"}, quiet=True
    )
    assert nb06.keywords().check(dict(nb06.keywords().solution), quiet=True)


@pytest.mark.parametrize(
    "change",
    [
        {"quickly": ["C", "A"]},
        {"quickly": "A, C"},
        {"quickly": ("C", "D")},
        {"quickly": {"A", "C", "D"}},
        {"at the time I need": ["A", "C"]},
        {"the car I want": "A and B"},
        {"quickly": ["C", "A"], "at the time I need": "A/C", "the car I want": ["B", "A"]},
    ],
)
def test_keywords_every_reasonable_match_is_accepted(change):
    """No fixed 1:1 key: a keyword may map to several needs, a need to several keywords."""
    v = nb06.keywords().check(RIGHT_NEEDS | change, quiet=True)
    assert v.status == "right", v.message


def test_keywords_every_need_is_used():
    assert {m[0] for m in nb06._MATCH.values()} - {None} == set(nb06.NEEDS)
    assert list(nb06._MATCH) == nb06.KEYWORDS
    # need A is the important customer's need, word for word
    assert nb06.NEEDS["A"].lower() == important_customer.NEED.removeprefix("to ").lower()
    assert important_customer.KEYWORD == nb06.KEYWORDS[0]


def test_keywords_sign_ups_is_not_a_need():
    for wrong in ("C", ["A"], "A, none"):
        v = nb06.keywords().check(RIGHT_NEEDS | {"more sign-ups": wrong}, quiet=True)
        assert v.status == "wrong"
        assert "no matching customer need" in v.message or "pick one" in v.message


def test_keywords_a_customer_keyword_is_not_none():
    v = nb06.keywords().check(RIGHT_NEEDS | {"quickly": "none"}, quiet=True)
    assert v.status == "wrong" and "stands for at least one need" in v.message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"quickly": "B"}, "failed tries, not to scrolling"),
        ({"quickly": "A", "at the time I need": "C"}, "missed the need it names most directly"),
        ({"near me": ["D", "A"]}, "the hour is 'at the time I need'"),
        ({"at the time I need": "D"}, "not the place"),
        ({"the car I want": "D", "near me": "B"}, "that is 'near me'"),
        ({"the car I want": "C"}, "not how many tries"),
    ],
)
def test_keywords_a_weak_match_is_explained_specifically(change, expected):
    v = nb06.keywords().check(RIGHT_NEEDS | change, quiet=True)
    assert v.status == "wrong" and expected in v.message, v.message


def test_keywords_odd_input_and_hints():
    ex = nb06.keywords()
    assert "Give a dict" in _message(ex, ["A", "B"])
    assert "not one of 'A'" in _message(ex, RIGHT_NEEDS | {"quickly": "fast"})
    assert "a list of letters" in _message(ex, RIGHT_NEEDS | {"quickly": 3})
    assert "at least one letter" in _message(ex, RIGHT_NEEDS | {"quickly": ""})
    assert ex.check({k: ... for k in nb06.KEYWORDS}, quiet=True).status == "unanswered"
    ex = nb06.keywords()
    ex.reset()  # tries are kept per exercise for the session: start the hints again
    wrong = RIGHT_NEEDS | {"quickly": "B"}
    hints = [ex.check(wrong, quiet=True).hint for _ in range(3)]
    assert len(set(hints)) == 3 and "'quickly' -> one go (C)" in hints[2]


# ---- Exercise 3 ----------------------------------------------------------------------------


def _need_a(n):
    return n["tf_sessions"] * (n["other_rate"] - n["tf_rate"]) * n["rides_per_reservation"] / 6


def test_prize_matches_independent_computation(action_numbers):
    n = action_numbers
    right = _need_a(n)
    assert nb06.candidates()["prize_per_month"].iloc[0] == pytest.approx(right)
    ceiling = n["attempts"] * (n["reference"] - n["conversion"]) / 6
    assert nb06.candidates()["ceiling_per_month"].iloc[0] == pytest.approx(ceiling)
    assert right < ceiling / 10  # need A is a small part of the whole-segment gap
    ex = nb06.prize_in_rides()
    assert ex.check(right, quiet=True)
    assert ex.check(round(right), quiet=True)
    assert ex.check(..., quiet=True).status == "unanswered"


def test_prize_typical_wrong_answers(action_numbers):
    n = action_numbers
    right = _need_a(n)
    ceiling = n["attempts"] * (n["reference"] - n["conversion"]) / 6
    ex = nb06.prize_in_rides()
    assert "divide by 6 months" in _message(ex, right * 6)
    assert "The sign is off" in _message(ex, -right)
    extra_res = n["tf_sessions"] * (n["other_rate"] - n["tf_rate"]) / 6
    assert "multiply by rides per reservation" in _message(ex, extra_res)
    assert "whole-segment ceiling" in _message(ex, ceiling)
    assert "too high" in _message(ex, right * 2)
    assert "should be a number" in _message(ex, "seventy")


def test_prize_hints_progress():
    ex = nb06.prize_in_rides()
    hints = [ex.check(1.0, quiet=True).hint for _ in range(3)]
    assert len(set(hints)) == 3 and "tf_sessions *" in hints[2]


def test_candidates_table_shape_and_no_side_effects():
    a = nb06.candidates()
    a.loc[a.index[0], "users"] = -1  # a caller's change never reaches the checker's copy
    b = nb06.candidates()
    assert b["users"].iloc[0] > 0
    assert list(b.columns) == [
        "users",
        "share_of_rides",
        "time_first_ratio",
        "attempts",
        "conversion",
        "reference",
        "prize_per_month",
        "ceiling_per_month",
        "first_success",
        "repeat_30d",
    ]
    u = nb06.user_quadrants()
    u["quadrant"] = None
    assert nb06.user_quadrants()["quadrant"].notna().any()


# ---- Exercise 4 ----------------------------------------------------------------------------

GOOD = (
    "Our long-term most important customer is the action-needed quadrant, pay-per-ride "
    "members who have not got going yet, who need to see which cars are free at the hour "
    "they set. They are 1,683 users; their time-first sessions convert at 0.41 of their "
    "other sessions' rate; we expect their completed rides to rise by about 500 a month."
)


def test_statement_accepts_a_complete_statement():
    assert nb06.statement().check(GOOD, quiet=True)
    other_words = (
        "The most important customer is pay per ride members who never reserved or rode "
        "below average, who want the car at the time they need it; we will watch conversion "
        "from attempt to ride and aim for 0.31 per attempt."
    )
    assert nb06.statement().check(other_words, quiet=True)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (42, "one string"),
        ("Action needed users.", "too short"),
        (
            "Our long-term most important customer is [segment], who [need], and so on and on.",
            "Replace every",
        ),
        (
            GOOD.replace(
                "the action-needed quadrant, pay-per-ride members who have not got going yet",
                "the natural growth quadrant",
            ),
            "another quadrant",
        ),
        (
            GOOD.replace(
                "the action-needed quadrant, pay-per-ride members who have not got going yet",
                "our customers",
            ),
            "Name the segment",
        ),
        (
            GOOD.replace(
                "the action-needed quadrant, pay-per-ride members who have not got going yet",
                "riders aged 20-29",
            ),
            "An age band is a demographic cut",
        ),
        (
            "Our most important customer is the action-needed quadrant; they are 45% of users and "
            "their conversion is low at 27% so we should do something for them soon.",
            "Name the need",
        ),
        (
            "Our most important customer is the action-needed quadrant, who need to see which cars "
            "are free at the hour they set; they are 45% of users, so we focus on them first.",
            "Name the metric",
        ),
        (
            "Our most important customer is the action-needed quadrant, who need to see which cars "
            "are free at the hour they set; we will watch their conversion rise a lot over time.",
            "at least one number",
        ),
    ],
)
def test_statement_says_what_is_missing(answer, expected):
    v = nb06.statement().check(answer, quiet=True)
    assert v.status == "wrong" and expected in v.message


def test_statement_hints_progress():
    ex = nb06.statement()
    hints = [ex.check("too short", quiet=True).hint for _ in range(3)]
    assert len(set(hints)) == 3 and "For example" in hints[2]


def test_the_notebook_solution_statement_passes():
    text = (
        f"Our long-term most important customer is {important_customer.NAME}. Their need: "
        f"{important_customer.NEED}. They are 1,683 users, and their time-first sessions "
        "convert at 0.41 of their other sessions' rate. If we show only the cars that are "
        "free at the hour they set, we expect their completed rides to rise by about "
        "36 a month."
    )
    assert nb06.statement().check(text, quiet=True).status == "right"


def test_views_hint_covers_business_only_and_need_near_home():
    """A12/A13: hint 1 says how to tell business-only (no customer need); 'near home' is the
    need 'near me'."""
    assert "business-only" in nb06.views().hints[0]
    assert nb06._NEED.search("a free car near home at the hour they set")


def test_06_quotes_05s_worked_goal_from_its_one_owner():
    """Issue 10a: 06 quoted 05's old goal; both notebooks must hold nb05.WORKED_GOAL."""
    import re
    from pathlib import Path

    from course.checks import nb05

    src = Path(__file__).resolve().parents[2] / "notebooks/src"
    nb06 = (src / "06_sync_views.py").read_text()
    quoted = re.findall(r'\*"([^"]+?)\.?"\*', nb06)
    goals = [q.rstrip(".") for q in quoted if q.startswith("Find ")]  # a goal, not a keyword
    assert goals == [nb05.WORKED_GOAL], goals
    nb05_src = (src / "05_business_view.py").read_text()
    assert f'"goal": "{nb05.WORKED_GOAL}"' in nb05_src
    assert all(f'"{k}"' in nb05_src for k in nb05.WORKED_KEYWORDS)
    assert nb05.behaviour_goal().check(
        {"goal": nb05.WORKED_GOAL, "keywords": nb05.WORKED_KEYWORDS}, quiet=True
    )


# ---- facts ---------------------------------------------------------------

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
