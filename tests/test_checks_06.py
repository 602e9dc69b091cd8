"""The checkers of notebook 06 accept the right answers and explain the typical wrong ones."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import combinations, important_customer, quadrant, search_behaviour
from helpers.checks import nb06


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

    from helpers.checks import nb05

    src = Path(__file__).resolve().parents[1] / "notebooks/src"
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
