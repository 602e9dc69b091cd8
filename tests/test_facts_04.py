"""Every number and direction the prose of notebook 04 states about the data, computed from
the committed data with the course helpers."""

from __future__ import annotations

import pytest

from helpers import combinations, quadrant
from helpers.checks import nb04
from tests.facts import assert_stated, markdown_of

NB = "04_quadrant"
ACTION = [
    "pay-per-ride member x never reserved",
    "pay-per-ride member x reserved, never rode",
    "pay-per-ride member x below average",
]


@pytest.fixture(scope="module")
def table():
    return nb04.combination_table()


@pytest.fixture(scope="module")
def placed():
    return nb04.placed()


def test_combination_table(table):
    assert_stated(
        NB, f"{len(table)} combinations", f"{table['users'].min()}", f"{table['users'].max()}"
    )
    biggest = table.iloc[0]
    assert biggest["segment"] == "pay-per-ride member x never reserved"
    assert round(biggest["attempts"]) == 6  # "about 6 attempts"
    assert_stated(NB, f"{biggest['rides']:.2f} rides")
    assert_stated(NB, f"{combinations.MIN_USERS} users")


def test_median_cut_offs_and_reveal(placed):
    tx, ty = placed.attrs["thresholds"]
    assert_stated(NB, f"{tx:.2f} reservation attempts", f"{ty:.2f} completed rides")
    s = quadrant.quadrant_summary(placed, "users")
    assert s.index[0] == "action needed"  # the largest
    assert_stated(NB, f"{s.loc['action needed', 'segments']} of the {len(placed)}")
    assert_stated(
        NB,
        f"{s.loc['action needed', 'users']:,}",
        f"{s.loc['action needed', 'share_of_users']:.0%}",
    )
    assert s.index[1] == "natural growth"  # "Natural growth follows"
    assert_stated(NB, f"{s.loc['natural growth', 'users']:,}")


def test_who_is_in_action_needed(placed, table):
    action = placed[placed["quadrant"] == "action needed"]
    assert sorted(action["segment"]) == sorted(ACTION)
    # "6 to 10 attempts per user", "well under one ride each"
    assert round(action["attempts"].min()) == 6 and round(action["attempts"].max()) == 10
    assert (action["rides"] < 1).all()
    per_user = nb04._per_user()
    assert_stated(NB, f"{per_user['early_rides'].mean():.2f} rides")
    # "Subscribers and corporate members with the same early experience try less"
    t = table.set_index("segment")
    for exp in ["never reserved", "below average"]:
        for sit in ["subscriber", "corporate member"]:
            assert (
                t.loc[f"{sit} x {exp}", "attempts"]
                < t.loc[f"pay-per-ride member x {exp}", "attempts"]
            )


def test_rides_per_attempt(placed):
    pu = nb04._per_user()
    placed_users = pu[pu["combination"].isin(placed["segment"])]
    act = placed_users["combination"].isin(ACTION)
    g = placed_users.groupby(act)[["attempts", "rides"]].sum()
    rate = g["rides"] / g["attempts"]
    assert_stated(NB, f"{rate[True]:.0%}", f"{rate[False]:.0%}")
    assert rate[True] < rate[False] / 4  # "a large gap"


def test_four_rules(table):
    by_rule = nb04.users_by_rule()
    for rule in by_rule.columns:
        assert by_rule[rule].idxmax() == "action needed"
        p = quadrant.place(
            table,
            "attempts",
            "rides",
            threshold=dict((r[0], r[1]) for r in nb04.RULES)[rule],
            weight=dict((r[0], r[2]) for r in nb04.RULES)[rule],
        )
        assert sorted(p.loc[p["quadrant"] == "action needed", "segment"]) == sorted(ACTION)
    wm = by_rule["median, weighted by users"].sort_values(ascending=False)
    assert wm.index[1] == "retention strategy needed"
    margin = int(wm.iloc[0] - wm.iloc[1])
    assert margin < 100  # "only ... a few dozen"
    assert_stated(NB, f"{wm.iloc[1]:,} users", f"only {margin} users", f"{margin} users is not")
    p = nb04.placed("median", "users")
    tx = p.attrs["thresholds"][0]
    assert_stated(NB, f"{tx:.2f}")
    row = p.set_index("segment").loc["pay-per-ride member x never reserved"]
    assert row["attempts"] == tx  # "exactly on pay-per-ride member x never reserved"
    big_sub = p.set_index("segment").loc["subscriber x above average", "quadrant"]
    assert big_sub == "retention strategy needed"


def test_demographic_cut_is_weaker(table):
    demo = nb04.demographic_table()
    assert_stated(NB, f"{(demo['users'] < 100).sum()} of the {len(demo)} cells")
    assert_stated(NB, f"{demo['attempts'].min():.1f} to {demo['attempts'].max():.1f}")
    assert_stated(NB, f"{table['attempts'].min():.1f} to {table['attempts'].max():.1f}")
    # "a tight cloud": a narrower range than the combinations on both axes
    assert (
        demo["attempts"].max() - demo["attempts"].min()
        < table["attempts"].max() - table["attempts"].min()
    )
    assert demo["rides"].max() - demo["rides"].min() < table["rides"].max() - table["rides"].min()
    by_rule = nb04.users_by_rule(demo)
    median = by_rule["median of combinations"]
    assert median.idxmin() == "action needed"  # "the *smallest* quadrant"
    assert_stated(NB, f"{median['action needed']} users")
    largest = by_rule.idxmax()
    assert (largest == "natural growth").sum() == 3
    assert largest["median, weighted by users"] == "retention strategy needed"


def test_korean_quadrant_names():
    md = markdown_of(NB)
    names = [
        "자연 증분 유형",
        "뭘 망설일까 유형",
        "사용자 유지 전략이 필요한 유형",
        "임팩트가 적은 유형",
    ]
    for name in names:
        assert name in md


def test_two_combinations_sit_on_a_line(placed, table):
    """A median of 11 values is one of them: two bubbles sit on a cut-off and count as many."""
    tx, ty = placed.attrs["thresholds"]
    by = placed.set_index("segment")
    on_x = list(by.index[(by["attempts"] - tx).abs() < 1e-9])
    on_y = list(by.index[(by["rides"] - ty).abs() < 1e-9])
    assert on_x == ["corporate member x above average"]
    assert on_y == ["corporate member x never reserved"]
    assert by.loc[on_x[0], "quadrant"] == "natural growth"  # "many attempts": at the line
    assert by.loc[on_y[0], "quadrant"] == "retention strategy needed"  # "many rides"
    retention = sorted(by.index[by["quadrant"] == "retention strategy needed"])
    assert retention == sorted(
        [
            "subscriber x below average",
            "corporate member x below average",
            "corporate member x never reserved",
        ]
    )
    for name in [*on_x, *on_y]:
        assert_stated(NB, name)


def test_placed_subscribers_and_corporates_try_less(placed, table):
    tx, _ = placed.attrs["thresholds"]
    by = placed.set_index("segment")
    same = [
        f"{s} x {e}"
        for s in ["subscriber", "corporate member"]
        for e in ["never reserved", "below average"]
    ]
    assert (by.loc[same, "attempts"] < tx).all()  # "they try less, under the cut-off"
    pu = nb04._per_user()
    small = ["subscriber x reserved, never rode", "corporate member x reserved, never rode"]
    assert all(s in table.attrs["too_small"] for s in small)
    attempts = pu[pu["combination"].isin(small)].groupby("combination")["attempts"].mean()
    assert (attempts > tx).all()  # "those few users do attempt more than the cut-off"
