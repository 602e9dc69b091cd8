"""Every number the prose of notebook 03 states about the data, computed from the committed
data with the course helpers."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import data, segments
from helpers.checks import nb03
from tests.facts import assert_stated

NB = "03_segmentation"


@pytest.fixture(scope="module")
def u():
    table = nb03.user_table()
    table["experience"] = segments.experience_element(table)
    return table


def test_card_status_sizes(users):
    sizes = segments.segment_sizes(users, "card_status").set_index("segment")
    assert_stated(NB, f"{sizes.loc['registered', 'share']:.0%}")
    assert_stated(NB, f"{sizes.loc['failed', 'share']:.1%}", f"{sizes.loc['failed', 'users']:,}")


def test_mass_count_at_15(users):
    sizes = nb03.category_sizes(users, nb03.CATEGORIES)
    assert_stated(NB, f"{(sizes['kind'] == 'Mass').sum()} of the {len(sizes)} segments are Mass")
    specific = set(sizes.loc[sizes["kind"] == "Specific", "category"])
    assert specific == {"card_status", "licence_status", "age_band", "region"}
    # the prose names each Specific segment: "pending and failed cards, pending and on-hold
    # licences, the 45+ age band and four regions (Busan, Incheon, Jeju, Daegu)"
    small = sizes[sizes["kind"] == "Specific"].groupby("category")["segment"].apply(set)
    assert small["card_status"] == {"pending", "failed"}
    assert small["licence_status"] == {"pending", "on_hold"}
    assert small["age_band"] == {"45+"}
    assert small["region"] == {"Busan", "Incheon", "Jeju", "Daegu"}
    assert_stated(NB, f"{(sizes['kind'] == 'Specific').sum()} below the line are Specific")


def test_specific_segments_convert_differently(u, events):
    assert_stated(NB, f"{nb03.conversion(u):.0%}")
    masks = nb03.specific_masks(u)
    rate = {k: nb03.conversion(u[m]) for k, m in masks.items()}
    assert_stated(NB, f"{rate['card_status: failed']:.0%}")
    assert rate["licence_status: on_hold"] == 0
    assert_stated(NB, f"{masks['licence_status: on_hold'].sum()}")
    assert_stated(NB, f"{rate['accident reporters']:.0%}")
    assert rate["accident reporters"] > nb03.conversion(u)  # "look *better* than average"
    failed_users = u.index[masks["card_status: failed"]]
    n = events.loc[events["user_id"].isin(failed_users), "event"].value_counts()
    assert n["payment_failure"] > 0.5 * n["reservation_attempt"]  # "most of their attempts"
    any_specific = (
        masks["card_status: failed"]
        | masks["licence_status: on_hold"]
        | masks["accident reporters"]
    )
    assert_stated(NB, f"{any_specific.mean():.1%}")
    assert_stated(NB, f"{u.loc[any_specific, 'rides'].sum() / u['rides'].sum():.1%}")


def test_accident_before_and_after(events):
    first = events[events["event"] == "accident_report"].groupby("user_id")["timestamp"].min()
    theirs = events[events["user_id"].isin(first.index)]
    after = theirs["timestamp"] > theirs["user_id"].map(first)
    assert_stated(NB, f"{len(first)}")
    for part in (theirs[~after], theirs[after]):
        n = part["event"].value_counts()
        assert_stated(NB, f"{n['reservation'] / n['reservation_attempt']:.0%}")


def test_experience_element(u):
    mean = u["rides"].mean()
    assert_stated(NB, f"{mean:.1f}")
    rode = u[u["rides"] > 0]
    assert (rode.loc[rode["experience"] == "below average", "rides"] == 1).all()
    assert (rode.loc[rode["experience"] == "above average", "rides"] >= 2).all()
    never = (u["experience"] == "never reserved").sum()
    assert_stated(NB, f"{never:,}", f"{never / len(u):.0%}")


def test_membership_by_experience(u):
    users_ = pd.crosstab(u["membership"], u["experience"])
    rides = (
        u.pivot_table(
            index="membership", columns="experience", values="rides", aggfunc="sum", observed=False
        )
        / u["rides"].sum()
    )
    biggest = users_.stack().idxmax()
    assert biggest == ("none", "never reserved")
    assert_stated(NB, f"{users_.loc[biggest]:,}", f"{users_.loc[biggest] / len(u):.0%}")
    assert rides.loc[biggest] == 0
    for m in ["none", "subscriber"]:
        cell = (m, "above average")
        assert_stated(NB, f"{users_.loc[cell] / len(u):.0%}", f"{rides.loc[cell]:.0%}")
    above = u["experience"] == "above average"
    assert_stated(
        NB, f"{above.mean():.0%}", f"{u.loc[above, 'rides'].sum() / u['rides'].sum():.0%}"
    )


def test_member_type_by_experience(u):
    share = nb03.ride_share_by_combination(u, ["member_type", "experience"])
    users_ = segments.combine(u, ["member_type", "experience"]).value_counts(normalize=True)
    top = share.idxmax()
    assert top == "individual x above average"
    assert_stated(NB, f"{share[top]:.0%}", f"{users_[top]:.0%}")
    assert_stated(NB, f"{share['corporate x above average']:.0%}")


def test_behaviour_segments(events, users):
    b = segments.behaviour_segments(
        events, browse=["map_view", "car_view"], cta="reservation_attempt", conversion="reservation"
    )
    n = b.value_counts()
    for level in ["signed up and left", "browses, never the CTA", "clicked the CTA, dropped"]:
        assert_stated(NB, f"{n[level]:,}")
    assert_stated(NB, f"{n['clicked the CTA, dropped'] / len(users):.0%}")


def test_jobs(events):
    first = segments.first_action(events, candidates=nb03.JOBS)
    assert first.value_counts().idxmax() == "time_set"
    assert_stated(NB, f"{(first == 'time_set').sum():,}")
    solved = nb03.solved_in_first_visit(events).groupby("job")["solved"].mean()
    for job in nb03.JOBS:
        assert_stated(NB, f"{solved[job]:.0%}")


def test_rfm():
    rides = data.load_rides()
    r = segments.rfm(rides, time_col="return_at", value_col="fare_krw", today=data.TODAY)
    assert_stated(NB, f"{len(r):,}")
    revenue = r.groupby("segment")["monetary"].sum() / r["monetary"].sum()
    riders = r["segment"].value_counts()
    assert revenue.idxmax() == "333"
    assert_stated(
        NB, f"{riders['333']:,}", f"{riders['333'] / len(r):.0%}", f"{revenue['333']:.0%}"
    )
    assert revenue.sort_values().index[-2] == "233"
    assert_stated(NB, f"{riders['233']:,}", f"{revenue['233']:.0%}")
    months = r.loc[r["R"] == 2, "recency_days"].agg(["min", "max"]) / 30.4
    assert round(months["min"]) == 2 and round(months["max"]) == 7  # "two to seven months"
    one_ride = (r["frequency"] == 1).mean()
    assert one_ride > 1 / 3
    assert_stated(NB, f"{one_ride:.0%}")


def test_age_region_candidates(users):
    n = len(segments.segment_sizes(users, ["age_band", "region"]))
    assert_stated(NB, f"{n}")
