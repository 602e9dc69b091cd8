"""The checkers of notebook 06 accept the right answers and explain the typical wrong ones."""

from __future__ import annotations

import pytest

from helpers import metrics, quadrant, segments
from helpers.checks import nb06


@pytest.fixture(scope="module")
def action_numbers(events, users):
    """The action-needed quadrant's totals, computed here independently of nb06."""
    counts = metrics.per_user_counts(
        events,
        {"attempts": "reservation_attempt", "reservations": "reservation", "rides": "return"},
        users=users["user_id"],
    )
    u = users.set_index("user_id").join(counts)
    u["segment"] = segments.combine(u, ["age_band", "region"])
    segs = u.groupby("segment").agg(
        users=("attempts", "size"), attempts=("attempts", "mean"), rides=("rides", "mean")
    )
    placed = quadrant.place(segs.reset_index(), "attempts", "rides", threshold="median")
    an_segs = set(placed.loc[placed["quadrant"] == "action needed", "segment"])
    an = u[u["segment"].isin(an_segs)]
    months = events["timestamp"].dt.to_period("M").nunique()
    conv_all = u["reservations"].sum() / u["attempts"].sum()
    conv_an = an["reservations"].sum() / an["attempts"].sum()
    extra = an["attempts"].sum() * (conv_all - conv_an)
    return {
        "extra_reservations": extra,
        "rides_per_reservation": an["rides"].sum() / an["reservations"].sum(),
        "months": months,
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


def test_keywords_right_answer():
    assert nb06.keywords().check(RIGHT_NEEDS, quiet=True)
    assert nb06.keywords().check(
        RIGHT_NEEDS | {"more sign-ups": "None", "near me": "d"}, quiet=True
    )


def test_keywords_every_need_exists():
    assert set(RIGHT_NEEDS.values()) == set(nb06.NEEDS)
    assert list(RIGHT_NEEDS) == nb06.KEYWORDS


def test_keywords_sign_ups_is_not_a_need():
    v = nb06.keywords().check(RIGHT_NEEDS | {"more sign-ups": "C"}, quiet=True)
    assert v.status == "wrong" and "company's goal" in v.message


def test_keywords_time_and_quickly_swapped():
    answer = RIGHT_NEEDS | {"quickly": "A", "at the time I need": "C"}
    v = nb06.keywords().check(answer, quiet=True)
    assert v.status == "wrong" and "about the hour" in v.message


def test_keywords_other_mixups_are_counted():
    answer = RIGHT_NEEDS | {"the car I want": "D", "near me": "B"}
    v = nb06.keywords().check(answer, quiet=True)
    assert "2 keyword(s)" in v.message and "'near me'" in v.message


def test_keywords_odd_input_and_hints():
    ex = nb06.keywords()
    assert "Give a dict" in _message(ex, ["A", "B"])
    assert "answer with 'A'" in _message(ex, RIGHT_NEEDS | {"quickly": "fast"})
    assert ex.check({k: ... for k in nb06.KEYWORDS}, quiet=True).status == "unanswered"
    ex = nb06.keywords()
    ex.reset()  # tries are kept per exercise for the session: start the hints again
    wrong = RIGHT_NEEDS | {"quickly": "A", "at the time I need": "C"}
    hints = [ex.check(wrong, quiet=True).hint for _ in range(3)]
    assert len(set(hints)) == 3 and "'quickly' -> first try" in hints[2]


# ---- Exercise 3 ----------------------------------------------------------------------------


def test_prize_matches_independent_computation(action_numbers):
    n = action_numbers
    right = n["extra_reservations"] * n["rides_per_reservation"] / n["months"]
    assert nb06.prize()["extra_rides_per_month"] == pytest.approx(right)
    ex = nb06.prize_in_rides()
    assert ex.check(right, quiet=True)
    assert ex.check(round(right), quiet=True)
    assert ex.check(..., quiet=True).status == "unanswered"


def test_prize_typical_wrong_answers(action_numbers):
    n = action_numbers
    ex = nb06.prize_in_rides()
    whole_log = n["extra_reservations"] * n["rides_per_reservation"]
    assert "divide by the number of months" in _message(ex, whole_log)
    assert "multiply by action needed's rides per reservation" in _message(
        ex, n["extra_reservations"] / n["months"]
    )
    assert "turn them into completed rides" in _message(ex, n["extra_reservations"])
    right = whole_log / n["months"]
    assert "positive" in _message(ex, -right)
    assert "too high" in _message(ex, right * 2)
    assert "should be a number" in _message(ex, "seventy")


def test_prize_hints_progress():
    ex = nb06.prize_in_rides()
    hints = [ex.check(1.0, quiet=True).hint for _ in range(3)]
    assert len(set(hints)) == 3 and "extra_reservations *" in hints[2]


# ---- Exercise 4 ----------------------------------------------------------------------------

GOOD = (
    "Our long-term most important customer is the action-needed quadrant, 20-29-year-olds, "
    "who need to see which cars are free at the hour they set. They are 45% of our users and "
    "only 27% of their attempts succeed; we expect their attempt -> reservation conversion "
    "to rise towards 35%."
)


def test_statement_accepts_a_complete_statement():
    assert nb06.statement().check(GOOD, quiet=True)
    other_words = (
        "The most important customer is young riders aged 20-24 and 25-29 who want the car "
        "at the time they need it; we will watch conversion from attempt to reservation and "
        "aim for 35 percent."
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
                "the action-needed quadrant, 20-29-year-olds", "the natural growth quadrant"
            ),
            "another quadrant",
        ),
        (
            GOOD.replace("the action-needed quadrant, 20-29-year-olds", "our customers"),
            "Name the segment",
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


def test_views_hint_covers_business_only_and_need_near_home():
    """A12/A13: hint 1 says how to tell business-only (no customer need); 'near home' is the
    need 'near me'."""
    assert "business-only" in nb06.views().hints[0]
    assert nb06._NEED.search("a free car near home at the hour they set")
