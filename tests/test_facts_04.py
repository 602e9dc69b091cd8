"""Every number that notebook 04's prose states about the data, computed from the data."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import metrics, quadrant, segments
from tests.facts import assert_stated

NB = "04_quadrant"
RULES = {
    "median of segments": ("median", None),
    "mean of segments": ("mean", None),
    "median, weighted by users": ("median", "users"),
    "mean, weighted by users": ("mean", "users"),
}


@pytest.fixture(scope="module")
def u(events, users):
    counts = metrics.per_user_counts(
        events, {"attempts": "reservation_attempt", "rides": "return"}, users=users["user_id"]
    )
    out = users.set_index("user_id").join(counts)
    out["segment"] = segments.combine(out, ["age_band", "region"])
    return out


@pytest.fixture(scope="module")
def segs(u):
    return (
        u.groupby("segment")
        .agg(users=("attempts", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
        .reset_index()
    )


@pytest.fixture(scope="module")
def placed(segs):
    return quadrant.place(segs, "attempts", "rides", threshold="median")


def test_segment_table(segs):
    assert_stated(NB, f"{len(segs)} segments", f"{segs['users'].min()} to {segs['users'].max():,}")
    biggest = segs.loc[segs["users"].idxmax()]
    assert biggest["segment"] == "25-29 x Seoul"
    assert round(biggest["attempts"]) == 5
    assert_stated(NB, f"{biggest['rides']:.1f} rides per user")


def test_cut_offs(placed):
    tx, ty = placed.attrs["thresholds"]
    assert_stated(NB, f"{tx:.1f} reservation attempts", f"{ty:.2f} completed rides")
    assert_stated(NB, f"compare its attempts with {tx:.1f}", f"its rides with {ty:.2f}")


def test_action_needed_is_largest(placed, segs):
    summary = quadrant.quadrant_summary(placed, "users")
    assert summary.index[0] == "action needed"
    row = summary.loc["action needed"]
    assert_stated(
        NB,
        f"{int(row['segments'])} of the {len(segs)} segments",
        f"{int(row['users']):,} users",
        f"{row['share_of_users']:.0%} of all users",
    )
    assert summary.index[1] == "retention strategy needed"
    assert_stated(NB, f"holds {summary['share_of_users'].iloc[1]:.0%}")
    assert_stated(NB, f"Action needed - young riders (20-29), {row['share_of_users']:.0%}")


def test_action_needed_are_the_young(placed):
    age = placed["segment"].str.split(" x ").str[0]
    region = placed["segment"].str.split(" x ").str[1]
    action = placed["quadrant"] == "action needed"
    assert set(age[action]) == {"20-24", "25-29"}
    assert set(age[~action]).isdisjoint({"20-24", "25-29"})
    assert region[action].nunique() == region.nunique() == 6  # "in all six regions"
    counts = pd.crosstab(age, placed["quadrant"])
    assert (counts.loc[:, "natural growth"] > 0).sum() == 1
    assert counts.loc["30-34", "natural growth"] == 3  # "three 30-34 segments"
    retention = placed[placed["quadrant"] == "retention strategy needed"]
    older = retention["segment"].str.startswith(("35-44", "45+")).mean()
    assert older > 0.5  # "mostly riders aged 35 and over"


def test_rides_per_attempt(u, placed):
    hesitant = u["segment"].isin(placed.loc[placed["quadrant"] == "action needed", "segment"])
    t = u.groupby(hesitant)[["attempts", "rides"]].sum()
    rate = t["rides"] / t["attempts"]
    assert_stated(
        NB, f"{rate[True]:.0%} of their attempts", f"everyone else turns {rate[False]:.0%}"
    )
    assert_stated(NB, f"{rate[True]:.0%} vs {rate[False]:.0%}")


def test_skew_per_user(u):
    assert_stated(
        NB,
        f"made {u['attempts'].median():.0f} attempts",
        f"the mean is {u['attempts'].mean():.1f}",
        f"up to {u['attempts'].max()}",
    )
    assert u["rides"].median() == 0
    assert_stated(NB, f"{(u['rides'] == 0).mean():.0%} of users never completed a ride")


def test_rules(segs):
    table = pd.DataFrame(
        {
            name: quadrant.quadrant_summary(
                quadrant.place(segs, "attempts", "rides", threshold=t, weight=w), "users"
            )["users"]
            for name, (t, w) in RULES.items()
        }
    )
    assert (table.idxmax() == "action needed").all()
    share = table.loc["action needed"] / table.sum()
    rounded = share.map(lambda s: f"{s:.0%}")
    assert (rounded.drop("median, weighted by users") == rounded.iloc[0]).all()
    assert_stated(
        NB,
        f"{rounded.iloc[0]} of users under three rules",
        f"{rounded['median, weighted by users']} under the weighted median",
    )
    natural = table.loc["natural growth"]
    assert natural.idxmin() == "mean, weighted by users"
    assert natural.idxmax() == "median, weighted by users"
    assert_stated(NB, f"between {natural.min():,} users", f"and {natural.max():,}")

    quads = pd.DataFrame(
        {
            name: quadrant.place(segs, "attempts", "rides", threshold=t, weight=w)[
                "quadrant"
            ].astype(str)
            for name, (t, w) in RULES.items()
        }
    )
    stable = int((quads.nunique(axis=1) == 1).sum())
    assert_stated(
        NB, f"{stable} of the {len(segs)} segments", f"the {len(segs) - stable} that move"
    )
