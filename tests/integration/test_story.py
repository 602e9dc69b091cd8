"""The story holds end to end: 03 -> 04 -> 06 -> 07 -> 08, run with the course helpers.

Each step takes the previous step's answer as its input, as a learner would:

* 03 - Mass vs Specific by situation; the element (experience frequency) on the first 60 days;
  Mass x element combinations with the quadrant's counts afterwards;
* 04 - the quadrant of those combinations: *action needed* is the largest quadrant, and the
  same combinations, under all four cut-off rules;
* 06 - the important customer is the action-needed combinations, who share one situation;
  the business keyword's need (setting the time first) shows in their data and not elsewhere;
  the notebook's named customer (``course.important_customer``) is exactly those users;
* 07 - month by month inside that customer the time-first sessions convert worse, and app
  3.0 narrows the gap there (not elsewhere);
* 08 - the A/B test's target is that customer as known at assignment, and the change works
  there.

No test reads the generator's parameters: each runs the method on the committed data.
"""

from __future__ import annotations

import pandas as pd
import pytest

from course import combinations, important_customer, search_behaviour
from helpers import quadrant
from tests.facts import ROOT

RULES = [("median", None), ("mean", None), ("median", "users"), ("mean", "users")]


@pytest.fixture(scope="module")
def per_user(events, users):  # step 03
    return combinations.combination_users(events, users)


@pytest.fixture(scope="module")
def table(per_user):  # step 03 -> 04
    return combinations.combination_table(per_user)


@pytest.fixture(scope="module")
def action(table):  # step 04 -> 06: the action-needed combinations (median rule, as 04 starts)
    placed = quadrant.place(table, "attempts", "rides")
    return set(placed.loc[placed["quadrant"] == "action needed", "segment"])


@pytest.fixture(scope="module")
def sessions(events, per_user, action):  # the search sessions of users on the quadrant
    s = search_behaviour.search_sessions(events, version_col="app_version")
    s = s[s["user_id"].isin(per_user.index)].copy()
    s["important"] = s["user_id"].map(important_customer.is_important_customer(per_user))
    s["action_needed"] = s["user_id"].map(per_user["combination"]).isin(action)
    s["month"] = s["start"].dt.to_period("M")
    return s


def _ratio(part: pd.DataFrame) -> float:
    """Time-first sessions' conversion as a share of the other sessions' conversion."""
    rate = part.groupby("time_first")["reserved"].mean()
    return float(rate[True] / rate[False])


# --- 03: segments by situation, element early, counts later ---------------------------------


def test_03_situations_mass_and_specific(users, events, per_user):
    situation = combinations.mass_situation(users)
    share = situation.value_counts(normalize=True)
    # Mass by situation: the associate member is Mass although it is the smallest of them ...
    assert share["associate member"] < share[combinations.MASS].drop("associate member").min()
    # ... and Specific situations are small and convert very differently
    assert share[combinations.SPECIFIC].sum() < 0.06
    counts = events[events["event"].isin(["reservation_attempt", "reservation"])]
    by_user = counts.groupby(["user_id", "event"]).size().unstack(fill_value=0)
    by_situation = by_user.groupby(situation.set_axis(users["user_id"]).reindex(by_user.index))
    conv = by_situation.sum().pipe(lambda t: t["reservation"] / t["reservation_attempt"])
    everyone = by_user["reservation"].sum() / by_user["reservation_attempt"].sum()
    for specific in combinations.SPECIFIC:
        assert conv[specific] < everyone / 3


def test_03_element_is_measured_before_the_quadrant_counts(per_user):
    mass = per_user[per_user["situation"].astype(str).isin(combinations.MASS)]
    average = mass["early_rides"].mean()
    assert 1 < average < 2  # so "below average" means exactly one early ride
    below = mass["experience"] == "below average"
    assert (mass.loc[below, "early_rides"] == 1).all()
    # the later counts are not the early ones: no circularity
    assert not mass["rides"].equals(mass["early_rides"])


# --- 04: the quadrant of combinations -----------------------------------------------------


def test_04_action_needed_is_largest_and_stable_under_every_rule(table, action):
    for threshold, weight in RULES:
        placed = quadrant.place(table, "attempts", "rides", threshold=threshold, weight=weight)
        summary = quadrant.quadrant_summary(placed, "users")
        assert summary.index[0] == "action needed", (threshold, weight)
        assert set(placed.loc[placed["quadrant"] == "action needed", "segment"]) == action


# --- 06: the important customer ----------------------------------------------------------


def test_06_important_customer_is_the_action_needed_combinations(per_user, action):
    derived = per_user["combination"].isin(action)
    named = important_customer.is_important_customer(per_user)
    assert derived.equals(named.rename(None).astype(bool).rename(derived.name))
    assert {c.split(" x ")[0] for c in action} == {important_customer.SITUATION}
    assert {c.split(" x ")[1] for c in action} == set(important_customer.EXPERIENCES)


def test_06_the_keyword_need_shows_in_the_important_customer_not_elsewhere(sessions):
    before = sessions[sessions["app_version"] != "3.0"]
    inside = _ratio(before[before["important"]])
    outside = _ratio(before[~before["important"]])
    assert inside < 0.5  # time-first sessions convert at under half of their other sessions
    assert outside > 0.85  # everyone else: a small gap
    # the important customer sets the time first as often as anyone: the pain is in the
    # outcome, not in a habit of theirs
    share_in = before.loc[before["important"], "time_first"].mean()
    share_out = before.loc[~before["important"], "time_first"].mean()
    assert abs(share_in - share_out) < 0.05


# --- 07: behavioural cohorts month by month inside the important customer ------------------


def test_07_month_by_month_the_pain_is_theirs_and_app_3_narrows_it(sessions):
    months = sessions[(sessions["month"] >= "2024-06") & (sessions["month"] <= "2025-02")]
    inside = months[months["important"]].groupby("month").apply(_ratio, include_groups=False)
    outside = months[~months["important"]].groupby("month").apply(_ratio, include_groups=False)
    assert (inside < outside).all()  # every month before app 3.0
    fixed = sessions["app_version"] == "3.0"
    imp = sessions["important"]
    lift_inside = _ratio(sessions[fixed & imp]) - _ratio(sessions[~fixed & imp])
    lift_outside = _ratio(sessions[fixed & ~imp]) - _ratio(sessions[~fixed & ~imp])
    assert lift_inside > 0.2  # app 3.0 fixes part of the pain, where the pain is ...
    assert _ratio(sessions[fixed & imp]) < 0.9  # ... not all of it
    assert abs(lift_outside) < 0.1  # ... and barely moves anyone else


# --- 08: the A/B test runs on exactly that customer --------------------------------------


def test_08_ab_target_is_the_important_customer_at_assignment(ab_test, events, users):
    u = users.set_index("user_id").loc[ab_test["user_id"]]
    start = u["signup_at"]
    early = combinations.window_counts(
        events,
        {"searches": "car_view", "rides": "return"},
        start,
        (0, combinations.EARLY_DAYS),
    )
    situation = combinations.mass_situation(u)
    known = (ab_test.set_index("user_id")["assigned_at"] - start) >= pd.Timedelta(
        days=combinations.EARLY_DAYS
    )
    expected = (
        (situation == important_customer.SITUATION)
        & known
        & (early["searches"] > 0)
        & (early["rides"] <= 1)
    )
    got = ab_test.set_index("user_id")["in_target_segment"]
    assert got.equals(expected.rename(got.name).astype(bool))


def test_08_the_change_works_for_that_customer(ab_test):
    from helpers import experiment

    target = experiment.two_proportion_test(
        ab_test[ab_test["in_target_segment"]], "variant", "reserved_14d"
    )
    outside = experiment.two_proportion_test(
        ab_test[~ab_test["in_target_segment"]], "variant", "reserved_14d"
    )
    assert target["ci_low"] > 0
    assert outside["ci_low"] < 0 < outside["ci_high"]


# --- the notebooks tell this story in the same words ------------------------------------


USES = {
    "06_sync_views": ["important_customer.NAME", "important_customer.is_important_customer"],
    "07_cohorts": ["important_customer.is_important_customer"],
    "08_ab_test": ["important_customer.HYPOTHESIS", "important_customer.KEYWORD"],
}


@pytest.mark.parametrize("stem", sorted(USES))
def test_notebooks_use_the_one_definition(stem):
    """06 names the customer, 07 follows it and 08 tests it in the same words: all three take
    them from course/important_customer.py, so they cannot drift apart."""
    source = (ROOT / "notebooks" / "src" / f"{stem}.py").read_text(encoding="utf-8")
    for use in USES[stem]:
        assert use in source, f"{stem} should use {use}"
