"""Notebook 00: its checkers and the facts its prose states.

**Checkers.** Notebook 00's checkers accept the right answer (computed here independently), reject the
typical wrong ones with the right message, give progressive hints and treat ... as unanswered.

**Facts.** Every number notebook 00's prose states about the data, computed from the committed data.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from course import data
from course.checks import nb00
from tests.facts import ROOT, assert_stated, markdown_of

# ---- checkers ------------------------------------------------------------


@pytest.fixture(scope="module")
def truth(users, events):
    all_users = data.load_users(include_test=True)
    month = users["signup_at"].dt.to_period("M")
    riders = events.loc[events["event"] == "return", "user_id"].unique()
    return {
        "users": users["user_id"].nunique(),
        "with_test": len(all_users),
        "events": len(events),
        "rides": len(data.load_rides()),
        "riders": len(riders),
        "peak": month.value_counts().idxmax(),
        "second": month.value_counts().index[1],
    }


@pytest.mark.parametrize("factory", [nb00.n_users, nb00.peak_signup_month, nb00.share_riders])
def test_unanswered(factory):
    ex = factory()
    assert ex.check(..., quiet=True).status == "unanswered"
    assert ex.check(None, quiet=True).status == "unanswered"
    assert ex.tries == 0


@pytest.mark.parametrize("factory", [nb00.n_users, nb00.peak_signup_month, nb00.share_riders])
@pytest.mark.parametrize("odd", ["abc", [1, 2], {"a": 1}, pd.DataFrame({"a": [1]}), object()])
def test_odd_input_never_raises(factory, odd):
    v = factory().check(odd, quiet=True)
    assert v.status == "wrong" and "could not be checked" not in v.message


def test_n_users(truth, users):
    ex = nb00.n_users()
    assert ex.check(len(users), quiet=True)
    assert ex.check(np.int64(truth["users"]), quiet=True)
    assert ex.check(float(truth["users"]), quiet=True)
    v = ex.check(truth["with_test"], quiet=True)
    assert "test accounts" in v.message
    assert v.hint == "Each row of the `users` table is one user."
    v = ex.check(truth["events"], quiet=True)
    assert "rows in `events`" in v.message
    assert "len(users)" in v.hint  # the second hint is more specific
    assert "completed rides" in ex.check(truth["rides"], quiet=True).message
    assert "only users who completed a ride" in ex.check(truth["riders"], quiet=True).message
    assert "too low" in ex.check(5, quiet=True).message
    assert "whole table" in ex.check(users, quiet=True).message
    assert ex.check(True, quiet=True).status == "wrong"


@pytest.mark.parametrize(
    "form", ["{p}", "{p.year}-{p.month}", "September 2024", "Sep 2024", "{p}-01"]
)
def test_peak_month_accepts_its_forms(truth, form):
    p = truth["peak"]
    assert p == pd.Period("2024-09", "M")  # the forms below spell this month out
    assert nb00.peak_signup_month().check(form.format(p=p), quiet=True)


def test_peak_month_periods_and_timestamps(truth):
    ex = nb00.peak_signup_month()
    assert ex.check(truth["peak"], quiet=True)
    assert ex.check(truth["peak"].to_timestamp(), quiet=True)


def test_peak_month_wrong(truth, users):
    ex = nb00.peak_signup_month()
    v = ex.check(str(truth["second"]), quiet=True)
    assert "largest count" in v.message and v.hint.startswith("Count sign-ups")
    v = ex.check("2023-05", quiet=True)
    assert "outside the data" in v.message and ".idxmax()" in v.hint
    assert "month as text" in ex.check(9, quiet=True).message
    counts = users["signup_at"].dt.to_period("M").value_counts()
    assert "whole table" in ex.check(counts, quiet=True).message


def test_share_riders(truth):
    ex = nb00.share_riders()
    right = truth["riders"] / truth["users"]
    v = ex.check(right, quiet=True)
    assert v
    # the success text states both shares, recomputed here (it once said "about half" for 42%)
    assert f"{right:.0%} of users have completed a ride: {1 - right:.0%} never got" in v.message
    assert ex.check(round(right, 3), quiet=True)
    v = ex.check(right * 100, quiet=True)
    assert "percentage" in v.message and "divide your percentage by 100" in v.hint  # A4
    v = ex.check(truth["riders"], quiet=True)
    assert "number of riders" in v.message and "nunique()" in v.hint
    assert "rides per user" in ex.check(truth["rides"] / truth["users"], quiet=True).message
    assert "test accounts" in ex.check(truth["riders"] / truth["with_test"], quiet=True).message
    assert "too low" in ex.check(0.1, quiet=True).message


def test_peak_month_count_and_not_latest_are_said_truthfully():
    """A11: the peak count (1723) is named as the count; 'not the latest month' only for
    the latest month."""
    ex = nb00.peak_signup_month()
    signups = nb00._facts()["signups"]
    v = ex.check(int(signups.max()), quiet=True)
    assert "largest *count*" in v.message and ".idxmax()" in v.message
    not_latest = signups.index[signups.index != signups.index.max()][0]
    assert "latest" not in ex.check(str(not_latest), quiet=True).message
    assert "not the latest month" in ex.check(str(signups.index.max()), quiet=True).message


# ---- facts ---------------------------------------------------------------

NB = "00_welcome"


def test_table_sizes(users, events, payments):
    sizes = [len(users), len(events), len(data.load_rides()), len(payments)]
    assert_stated(NB, *(f"{n:,}" for n in sizes))
    assert_stated(NB, f"| {len(data.load_calendar())} |")


def test_period_and_today(events):
    months = events["timestamp"].dt.to_period("M").nunique()
    assert_stated(NB, f"{months} months")
    first, last = events["timestamp"].min(), events["timestamp"].max()
    assert_stated(NB, f"{first:%-d %B %Y}", f"{last:%-d %B %Y}")
    assert_stated(NB, f"{data.TODAY:%-d %B %Y}", f"{data.TODAY:%Y-%m-%d}")
    assert (data.TODAY - last).days < 1  # the log ends the day before "today"


def test_share_of_users_who_rode(users, events):
    riders = events.loc[events["event"] == "return", "user_id"].nunique()
    assert_stated(NB, f"{riders / len(users):.0%}", f"{riders:,} of {len(users):,} users")
    # "more than four in ten ... never got what Bomcar sells" (the prose and the recap)
    assert 0.4 < 1 - riders / len(users) < 0.5
    assert_stated(NB, "More than four in\nten", "more than four in ten users never rode")


def test_signups_grew_and_one_month_stands_out(users):
    """The chart title and the question under it: 'grew over the 18 months', 'one bar
    towers over the others'."""
    signups = users["signup_at"].dt.to_period("M").value_counts().sort_index()
    assert len(signups) == 18
    assert signups.iloc[-3:].mean() > 2 * signups.iloc[:3].mean()  # grew
    top, second = signups.sort_values(ascending=False).iloc[:2]
    assert top > 2 * second  # towers over the others
    assert "one bar towers over the others" in markdown_of(NB).replace("\n", " ")
    src = (ROOT / "notebooks" / "src" / f"{NB}.py").read_text()
    assert "Sign-ups grew over the 18 months, and one month stands out" in src


def test_test_accounts_exist_in_the_raw_files():
    # the trap: "the raw files also hold internal test accounts"
    assert data.load_users(include_test=True)["is_test"].sum() > 0


def test_june_signups_taught_with_item(users):
    """The .item() example uses an ordinary month, not the peak that Exercise 2 asks for."""
    signups = users["signup_at"].dt.to_period("M").value_counts()
    assert_stated(
        NB, f"{signups[signups.index == '2024-06'].item():,} users signed up in June 2024"
    )
    assert str(signups.idxmax()) != "2024-06"  # the example does not give Exercise 2 away


def test_row_number_of_june_in_the_item_example(users):
    months = users["signup_at"].dt.to_period("M").value_counts().sort_index().index
    assert_stated(NB, f"row number ({list(months.astype(str)).index('2024-06')})")
