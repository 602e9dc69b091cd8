"""Every number notebook 00's prose states about the data, computed from the committed data."""

from __future__ import annotations

from helpers import data
from tests.facts import ROOT, assert_stated, markdown_of

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
