"""Notebook 04: its checkers and the facts its prose states.

**Checkers.** The checkers of notebook 04 accept the right answers, reject typical wrong ones with the
right message, and treat ``...`` as unanswered.

Right answers are computed here independently: plain pandas on the per-user table of
``combinations.combination_users`` (the method's windows), and numpy cut-offs.

**Facts.** Every number and direction the prose of notebook 04 states about the data, computed from
the committed data with the course helpers.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from course import combinations
from course.checks import nb04
from helpers import i18n, quadrant
from tests.facts import assert_stated, markdown_of

# ---- checkers ------------------------------------------------------------


@pytest.fixture(scope="module")
def mass(events, users):
    pu = combinations.combination_users(events, users)
    return pu[pu["situation"].astype(str).isin(combinations.MASS)]


@pytest.fixture(scope="module")
def combos(mass):
    t = mass.groupby("combination").agg(
        users=("rides", "size"), attempts=("attempts", "mean"), rides=("rides", "mean")
    )
    return t[t["users"] >= 100]


@pytest.fixture(scope="module")
def median_quadrant(combos):
    tx, ty = np.median(combos["attempts"]), np.median(combos["rides"])
    hi_x, hi_y = combos["attempts"] >= tx, combos["rides"] >= ty
    return pd.Series(
        np.select(
            [hi_x & hi_y, hi_x & ~hi_y, ~hi_x & hi_y],
            ["natural growth", "action needed", "retention strategy needed"],
            "low impact",
        ),
        index=combos.index,
    )


def _status(ex, answer):
    return ex.check(answer, quiet=True)


# ---- exercise 1 ----------------------------------------------------------------------------


def test_ex1_right_and_axis_explained(median_quadrant):
    right = median_quadrant[nb04.EXERCISE_SEGMENT]
    assert right == "retention strategy needed"
    assert _status(nb04.segment_quadrant(), right).status == "right"
    assert _status(nb04.segment_quadrant(), right.upper() + " ").status == "right"
    msg = _status(nb04.segment_quadrant(), "natural growth").message
    assert "attempts per user, below the cut-off" in msg and "rides per user" not in msg
    msg = _status(nb04.segment_quadrant(), "action needed").message
    assert "attempts" in msg and "rides per user" in msg  # wrong on both axes
    assert msg.startswith("[Exercise 1] Not yet: Corporate member")


def test_ex1_reads_the_korean_quadrant_names(median_quadrant):
    """A learner of the Korean edition may answer with the glossary's name of the quadrant."""
    ex = nb04.segment_quadrant()
    assert median_quadrant[nb04.EXERCISE_SEGMENT] == "retention strategy needed"
    for answer in (
        "사용자 유지 전략이 필요한 유형",
        "사용자 유지 전략이 필요한",
        " 사용자유지전략이필요한유형 ",
    ):
        assert _status(ex, answer).status == "right", answer
    msg = _status(ex, "뭘 망설일까 유형").message  # read as action needed: wrong on both axes
    assert "attempts" in msg and "rides per user" in msg
    assert "not a quadrant" in _status(ex, "망설임").message
    with i18n.language("ko"):  # the Korean verdict lists the quadrants by their Korean names
        ko = nb04.segment_quadrant().check("사용자 유지", quiet=True).message
    assert all(quadrant.quadrant_label(q) not in ko for q in ["natural growth", "low impact"])
    with i18n.language("ko"):
        names = [quadrant.quadrant_label(q) for q in quadrant.QUADRANT_NAMES]
    assert all(n in ko for n in names), ko


def test_ex1_odd_answers():
    ex = nb04.segment_quadrant()
    assert _status(ex, ...).status == "unanswered"
    assert "not a quadrant" in _status(ex, "hesitant").message
    assert "name in quotes" in _status(ex, 3).message


# ---- exercise 2 ----------------------------------------------------------------------------


def test_ex2_right_and_typical_mistakes(combos, median_quadrant):
    right = int(combos.loc[median_quadrant == "action needed", "users"].sum())
    assert right == 1683
    assert _status(nb04.action_needed_users(), right).status == "right"
    assert _status(nb04.action_needed_users(), np.int64(right)).status == "right"
    share = right / combos["users"].sum()
    cases = {
        3: "number of combinations",
        round(share, 2): "share of users",
        round(100 * share): "share of users",
        int(combos["users"].sum()): "every placed user",
        right + 500: "too high",
        "many": "Give a number",
    }
    for answer, words in cases.items():
        verdict = _status(nb04.action_needed_users(), answer)
        assert verdict.status == "wrong" and words in verdict.message, (answer, verdict)


def test_ex2_every_search_stage_user_is_named(events, users):
    n = len(combinations.combination_users(events, users))
    assert "every user in the search stage" in _status(nb04.action_needed_users(), n).message


# ---- exercise 3 ----------------------------------------------------------------------------


def _users_by_quadrant(combos, tx, ty) -> pd.Series:
    hi_x, hi_y = combos["attempts"] >= tx, combos["rides"] >= ty
    q = np.select(
        [hi_x & hi_y, hi_x & ~hi_y, ~hi_x & hi_y],
        ["natural growth", "action needed", "retention strategy needed"],
        "low impact",
    )
    return combos["users"].groupby(q).sum().sort_values(ascending=False)


def test_ex3_weighted_mean_margin(combos):
    w = combos["users"]
    n = _users_by_quadrant(
        combos, np.average(combos["attempts"], weights=w), np.average(combos["rides"], weights=w)
    )
    assert n.index[0] == "action needed"
    right = int(n.iloc[0] - n.iloc[1])
    ex = nb04.weighted_mean_margin()
    assert _status(ex, right).status == "right"
    assert "runner-up" in _status(nb04.weighted_mean_margin(), int(n.iloc[1])).message
    assert "subtract" in _status(nb04.weighted_mean_margin(), int(n.iloc[0])).message
    assert "sign is flipped" in _status(nb04.weighted_mean_margin(), -right).message
    verdict = _status(nb04.weighted_mean_margin(), 43)
    assert "weighted *median*" in verdict.message
    assert _status(nb04.weighted_mean_margin(), ...).status == "unanswered"


def test_weighted_median_margin_is_43(combos):
    first, second, name = nb04.margin_of("median, weighted by users")
    assert (first - second, name) == (43, "retention strategy needed")


# ---- exercise 4 (stretch) ------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_placed(mass, users):
    d = mass.join(users.set_index("user_id")[["age_band", "region"]])
    d = d.assign(segment=d["age_band"].astype(str) + " x " + d["region"].astype(str))
    segs = (
        d.groupby("segment")
        .agg(users=("rides", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
        .reset_index()
    )
    return quadrant.place(segs, "attempts", "rides")


def test_ex4_accepts_the_demographic_cut(demo_placed):
    assert _status(nb04.demographic_cut(), demo_placed).status == "right"
    assert _status(nb04.demographic_cut(), demo_placed.set_index("segment")).status == "right"


def test_ex4_rejects_typical_mistakes(demo_placed):
    ex = nb04.demographic_cut
    msg = _status(ex(), demo_placed.drop(columns="quadrant")).message
    assert "missing: quadrant" in msg
    bad = demo_placed.assign(rides=demo_placed["rides"] * demo_placed["users"])
    assert "rides per user" in _status(ex(), bad).message
    assert "not a quadrant" not in _status(ex(), demo_placed.head(5)).message
    assert "age band x region cells" in _status(ex(), demo_placed.head(5)).message
    flipped = demo_placed.assign(quadrant="low impact")
    assert "median rule" in _status(ex(), flipped).message
    assert "DataFrame" in _status(ex(), [1, 2]).message


def test_ex4_rejects_all_users_instead_of_mass(events, users):
    pu = combinations.combination_users(events, users).join(
        users.set_index("user_id")[["age_band", "region"]]
    )
    pu = pu.assign(segment=pu["age_band"].astype(str) + " x " + pu["region"].astype(str))
    segs = (
        pu.groupby("segment")
        .agg(users=("rides", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
        .reset_index()
    )
    msg = _status(nb04.demographic_cut(), quadrant.place(segs, "attempts", "rides")).message
    assert "Mass situations only" in msg


def test_users_by_rule_keeps_every_placed_user(combos):
    by_rule = nb04.users_by_rule()
    assert (by_rule.sum() == combos["users"].sum()).all()


def test_quadrant_plot_keeps_corner_labels_inside():
    import matplotlib.pyplot as plt

    fig = quadrant.quadrant_plot(nb04.placed(), "attempts", "rides", size_col="users")
    ax = fig.axes[0]
    assert "holds the most users" in ax.get_title(loc="left")
    fig.canvas.draw()
    box = ax.get_window_extent()
    for text in ax.texts:
        if text.get_text() in quadrant.QUADRANT_NAMES:
            ext = text.get_window_extent()
            assert box.x0 <= ext.x0 and ext.x1 <= box.x1, text.get_text()
    plt.close(fig)


# ---- facts ---------------------------------------------------------------

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
