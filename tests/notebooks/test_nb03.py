"""Notebook 03: its checkers and the facts its prose states.

**Checkers.** The checkers of notebook 03 accept the right answers, reject typical wrong ones with the
right message, and treat ``...`` as unanswered.

Right answers are computed here independently, with plain pandas on the committed data.

**Facts.** Every number and direction the prose of notebook 03 states about the data, computed from
the committed data with the course helpers.
"""

from __future__ import annotations

import pandas as pd
import pytest

from course import combinations, data, voc
from course.checks import nb03
from course.exercises import Exercise
from helpers import aha, segments
from tests.facts import ROOT, assert_stated

# ---- checkers ------------------------------------------------------------

RIGHT_KINDS = {
    "associate member": "Mass",
    "corporate member": "Mass",
    "card failed": "Specific",
    "licence on hold": "Specific",
    "accident reporter": "Specific",
}


def _status(ex: Exercise, answer) -> str:
    return ex.check(answer, quiet=True).status


def _message(ex: Exercise, answer) -> str:
    verdict = ex.check(answer, quiet=True)
    assert verdict.status == "wrong", verdict
    return verdict.message


@pytest.fixture(scope="module")
def per_user(events, users):
    u = users.set_index("user_id")
    for name, event in [
        ("attempts", "reservation_attempt"),
        ("reservations", "reservation"),
        ("rides", "return"),
    ]:
        u[name] = events.loc[events["event"] == event, "user_id"].value_counts()
        u[name] = u[name].fillna(0)
    u["accident_reporter"] = u.index.isin(
        events.loc[events["event"] == "accident_report", "user_id"]
    )
    return u


# ---- exercise 1: Mass or Specific ---------------------------------------------------------


def test_mass_or_specific_right_and_case():
    ex = nb03.mass_or_specific()
    assert _status(ex, RIGHT_KINDS) == "right"
    shouted = {k.upper(): v.upper() for k, v in RIGHT_KINDS.items()}
    assert _status(nb03.mass_or_specific(), shouted) == "right"


def test_mass_or_specific_associate_member_by_size_is_named(users):
    verdict = nb03.mass_or_specific().check(
        dict(RIGHT_KINDS, **{"associate member": "Specific"}), quiet=True
    )
    assert verdict.status == "wrong"
    assert "ordinary step" in verdict.message and "not by a share cut-off" in verdict.message
    pending = (users["card_status"] == "pending") | (users["licence_status"] == "pending")
    unusual = (users["card_status"] == "failed") | (users["licence_status"] == "on_hold")
    assert f"{(pending & ~unusual).mean():.1%}" in verdict.message
    assert "big or small" in verdict.hint


def test_mass_or_specific_odd_answers():
    ex = nb03.mass_or_specific()
    assert _status(ex, ...) == "unanswered"
    assert "dict" in _message(ex, ["Mass"])
    assert "missing" in _message(ex, {"card failed": "Specific"})
    assert "'Mass' or 'Specific'" in _message(ex, dict(RIGHT_KINDS, **{"card failed": "big"}))
    msg = _message(ex, dict(RIGHT_KINDS, **{"accident reporter": "Mass"}))
    assert "unusual" in msg


# ---- exercise 2: the Specific segment that converts worst --------------------------------


def test_worst_specific(per_user, users):
    u = per_user
    situation = combinations.mass_situation(users.set_index("user_id"))
    masks = {
        "card failed": situation == "card failed",
        "licence on hold": situation == "licence on hold",
        "accident reporter": u["accident_reporter"],
    }
    rates = {
        k: u.loc[m, "reservations"].sum() / u.loc[m, "attempts"].sum() for k, m in masks.items()
    }
    right = min(rates, key=rates.get)
    ex = nb03.worst_specific()
    assert _status(ex, right) == "right"
    assert _status(ex, right.upper()) == "right"
    overall = u["reservations"].sum() / u["attempts"].sum()
    msg = _message(ex, "accident reporter")
    assert "*above*" in msg and f"{overall:.0%}" in msg
    assert _message(ex, "accident reporters") == msg  # the plural is the same segment
    msg = _message(ex, "card failed")
    assert f"converts {rates['card failed']:.0%} of attempts" in msg
    assert "is not one of" in _message(ex, "pending")
    assert "name in quotes" in _message(ex, 3)


# ---- exercise 3: the combination with most of the later rides ----------------------------


def test_top_combination(events, users):
    pu = combinations.combination_users(events, users)
    mass = pu[pu["situation"].astype(str).isin(combinations.MASS)]
    share = mass.groupby("combination")["rides"].sum() / mass["rides"].sum()
    ex = nb03.top_combination()
    assert _status(ex, share.idxmax()) == "right"
    assert _status(ex, "  " + share.idxmax().upper()) == "right"
    biggest = mass["combination"].value_counts().idxmax()
    assert biggest != share.idxmax()
    verdict = ex.check(biggest, quiet=True)
    assert "largest by *users*" in verdict.message and "size is not impact" in verdict.message
    assert verdict.hint == "Sum the rides per combination, not the users."
    other = share.drop(share.idxmax()).idxmax()
    assert "one combination holds more" in _message(ex, other)
    assert "Specific situations are not combined" in _message(ex, "card failed x never reserved")
    assert "not a combination label" in _message(ex, "individual x above average")


# ---- exercise 4: movers come back --------------------------------------------------------


def _repeat_by_job(events) -> pd.Series:
    rides = data.load_rides().sort_values("return_at")
    first = rides.groupby("user_id").first()
    filt = events[(events["event"] == "car_type_filter") & (events["car_type"] == "van")]
    van_at = filt.groupby("user_id")["timestamp"].min()
    move = (first["car_type"] == "van") & (first.index.map(van_at) <= first["return_at"])
    later = rides.merge(first["return_at"].rename("first"), left_on="user_id", right_index=True)
    gap = later["return_at"] - later["first"]
    back = set(later.loc[(gap > pd.Timedelta(0)) & (gap <= pd.Timedelta(days=90)), "user_id"])
    keep = first["return_at"] + pd.Timedelta(days=90) <= events["timestamp"].max()
    frame = pd.DataFrame({"move": move, "back": first.index.isin(back)})[keep]
    return frame.groupby("move")["back"].mean()


def test_move_repeat(events):
    rate = _repeat_by_job(events)
    ex = nb03.move_repeat()
    assert _status(ex, float(rate[True])) == "right"
    assert _status(ex, round(float(rate[True]), 2)) == "right"
    assert "percentage" in _message(ex, 100 * float(rate[True]))
    assert "everyday riders" in _message(ex, float(rate[False]))
    assert "did *not* come back" in _message(ex, 1 - float(rate[True]))
    assert "share between 0 and 1" in _message(ex, "a lot")
    assert _status(ex, ...) == "unanswered"


def test_first_ride_jobs_does_not_touch_inputs(events):
    rides = data.load_rides()
    before_e, before_r = events.copy(), rides.copy()
    jobs = nb03.first_ride_jobs(events, rides.set_index(rides.index + 7))
    pd.testing.assert_frame_equal(events, before_e)
    pd.testing.assert_frame_equal(rides, before_r)
    assert set(jobs["job"]) == {nb03.MOVE_JOB, nb03.EVERYDAY_JOB}


def test_user_table_counts(per_user):
    table = nb03.user_table()
    for col in ["attempts", "reservations", "rides"]:
        assert (table[col] == per_user[col]).all()
    table["rides"] = -1  # a copy: the cached table is not changed
    assert (nb03.user_table()["rides"] >= 0).all()


# ---- facts ---------------------------------------------------------------

NB = "03_segmentation"


@pytest.fixture(scope="module")
def u():
    return nb03.user_table()


@pytest.fixture(scope="module")
def per_user_facts(events, users):
    return combinations.combination_users(events, users)


@pytest.fixture(scope="module")
def mass(per_user_facts):
    return per_user_facts[per_user_facts["situation"].astype(str).isin(combinations.MASS)]


def test_situations_sized_against_the_north_star(u):
    n = u["situation"].value_counts()
    rides = u.groupby("situation")["rides"].sum() / u["rides"].sum()
    share = n / len(u)
    mass_n = n[combinations.MASS]
    assert mass_n.idxmax() == "pay-per-ride member"  # "the largest Mass segment"
    assert_stated(NB, f"{share['pay-per-ride member']:.0%}", f"{rides['pay-per-ride member']:.0%}")
    assert_stated(NB, f"{share['subscriber']:.0%}", f"{rides['subscriber']:.0%}")
    # "but hold 32%": fewer rides than users; subscribers hold more rides than users
    assert rides["pay-per-ride member"] < share["pay-per-ride member"]
    assert rides["subscriber"] > share["subscriber"]
    assert_stated(NB, f"{share['associate member']:.0%}")
    assert share["associate member"] < 0.15  # "even though they are small"
    specific = u["situation"].astype(str).isin(combinations.SPECIFIC)
    assert_stated(
        NB, f"{specific.mean():.1%}", f"{u.loc[specific, 'rides'].sum() / u['rides'].sum():.1%}"
    )
    # "the Specific rows are far apart from the rest": each converts under a third of the
    # lowest Mass rate
    conv = {s: nb03.conversion(u[u["situation"] == s]) for s in n.index}
    assert max(conv[s] for s in combinations.SPECIFIC) < min(conv[s] for s in combinations.MASS) / 3


def test_specific_segments_convert_differently(u, events):
    overall = nb03.conversion(u)
    assert_stated(NB, f"{overall:.0%}")
    masks = nb03.specific_masks(u)
    rate = {k: nb03.conversion(u[m]) for k, m in masks.items()}
    assert rate["licence on hold"] == 0
    assert_stated(NB, f"{masks['licence on hold'].sum()}")
    assert_stated(NB, f"{rate['card failed']:.0%}", f"{rate['accident reporter']:.0%}")
    assert rate["accident reporter"] > overall  # "look *better* than average"
    failed_users = u.index[masks["card failed"]]
    n = events.loc[events["user_id"].isin(failed_users), "event"].value_counts()
    assert n["payment_failure"] > 0.5 * n["reservation_attempt"]  # "most of their attempts"
    # the figure's title: "almost never get a reservation"
    assert rate["card failed"] < 0.1 and rate["licence on hold"] < 0.1


def test_accident_before_and_after(events):
    first = events[events["event"] == "accident_report"].groupby("user_id")["timestamp"].min()
    theirs = events[events["user_id"].isin(first.index)]
    after = theirs["timestamp"] > theirs["user_id"].map(first)
    assert_stated(NB, f"{len(first)}")
    rates = []
    for part in (theirs[~after], theirs[after]):
        n = part["event"].value_counts()
        rates.append(n["reservation"] / n["reservation_attempt"])
        assert_stated(NB, f"{rates[-1]:.0%}")
    assert rates[1] < rates[0]


def test_early_element(per_user_facts):
    assert_stated(NB, f"{len(per_user_facts):,}")
    mean = per_user_facts["early_rides"].mean()
    assert_stated(NB, f"{mean:.2f}")
    assert 1 < mean < 2  # "below average means exactly one ride, above two or more"
    rode = per_user_facts[per_user_facts["early_rides"] > 0]
    assert (rode.loc[rode["experience"] == "below average", "early_rides"] == 1).all()
    assert (rode.loc[rode["experience"] == "above average", "early_rides"] >= 2).all()


def test_combinations(mass, per_user_facts):
    n = mass["combination"].value_counts()
    assert_stated(NB, f"{len(n)} Mass x element combinations", f"{n.min()}", f"{n.max()}")
    share = mass.groupby("combination")["rides"].sum() / mass["rides"].sum()
    assert n.idxmax() == "pay-per-ride member x never reserved"
    assert share.idxmax() == "subscriber x above average"
    assert_stated(NB, f"{share[n.idxmax()]:.0%}", f"{share.idxmax()}", f"{share.max():.0%}")


def test_too_small(mass, per_user_facts):
    table = combinations.combination_table(per_user_facts)
    small = table.attrs["too_small"]
    assert len(small) == 5  # "Five are too small"
    assert sorted(small) == sorted(
        [
            "subscriber x reserved, never rode",
            "corporate member x reserved, never rode",
            "associate member x reserved, never rode",
            "associate member x below average",
            "associate member x above average",
        ]
    )
    sem = mass.groupby("combination")["rides"].agg(["size", "mean", "sem"])
    row = sem.loc["subscriber x reserved, never rode"]
    assert_stated(NB, f"{int(row['size'])} users", f"{row['mean']:.2f}", f"{row['sem']:.2f}")
    held = mass.loc[mass["combination"].isin(small), "rides"].sum() / mass["rides"].sum()
    assert_stated(NB, f"{held:.1%}")
    assert_stated(NB, f"{combinations.MIN_USERS} users")


def test_jobs(events):
    jobs = nb03.first_ride_jobs(events, data.load_rides())
    rate = jobs.groupby("job")["repeat_90d"].mean()
    n = jobs["job"].value_counts()
    assert_stated(NB, f"{rate[nb03.MOVE_JOB]:.0%}", f"{n[nb03.MOVE_JOB]}")
    assert_stated(NB, f"{rate[nb03.EVERYDAY_JOB]:.0%}")
    # "movers rarely come back; everyday riders mostly do"
    assert rate[nb03.MOVE_JOB] < 0.5 < rate[nb03.EVERYDAY_JOB]


def test_behaviour_segments(events, users):
    b = segments.behaviour_segments(
        events, browse=["map_view", "car_view"], cta="reservation_attempt", conversion="reservation"
    )
    n = b.value_counts()
    for level in ["signed up and left", "browses, never the CTA", "clicked the CTA, dropped"]:
        assert_stated(NB, f"{n[level]:,}")
    assert_stated(NB, f"{n['clicked the CTA, dropped'] / len(users):.0%}")


def test_rfm():
    rides = data.load_rides()
    r = segments.rfm(rides, time_col="return_at", value_col="fare_krw", today=data.TODAY)
    assert_stated(NB, f"{len(r):,}")
    revenue = r.groupby("segment")["monetary"].sum() / r["monetary"].sum()
    riders = r["segment"].value_counts()
    assert revenue.idxmax() == "333"
    assert revenue["333"] > 1 / 3  # "over a third of fares"
    assert_stated(
        NB, f"{riders['333']:,}", f"{riders['333'] / len(r):.0%}", f"{revenue['333']:.0%}"
    )
    assert revenue.sort_values().index[-2] == "233"
    assert_stated(NB, f"{riders['233']:,}", f"{revenue['233']:.0%}")
    months = r.loc[r["segment"] == "233", "recency_days"].agg(["min", "max"]) / 30.4
    assert round(months["min"]) == 1 and round(months["max"]) == 4  # "one to four months"
    assert_stated(NB, f"{(r['frequency'] == 1).mean():.0%}")


def test_hands_eleven_combinations_to_04(per_user_facts):
    assert_stated(
        NB, f"the {len(combinations.combination_table(per_user_facts))} combinations go on"
    )


def test_no_age_region_preview():
    from tests.facts import markdown_of

    assert "age band x region" not in markdown_of(NB).lower()


def test_accident_reporters_stay_on_the_quadrant(events, per_user_facts):
    """An accident is an event, not a situation: reporters keep their Mass situation."""
    table = combinations.combination_table(per_user_facts)
    placed = per_user_facts[per_user_facts["combination"].isin(table["segment"])]
    reporters = set(events.loc[events["event"] == "accident_report", "user_id"])
    n = int(placed.index.isin(reporters).sum())
    assert n > 0  # they are on the quadrant, not kept off it
    assert_stated(NB, f"({n} of the users placed in notebook")


def test_windows_and_jobs_coverage(events, users):
    end = events["timestamp"].max().normalize() + pd.Timedelta(days=1)
    start = users.set_index("user_id")["signup_at"]
    last = start[start + pd.Timedelta(days=240) <= end].max()
    assert last.year == 2024 and last.month == 11 and last.day <= 7  # "up to early November"
    assert combinations.EARLY_DAYS == 60 and combinations.LATER_DAYS == 180
    assert_stated(NB, "first 60 days", "180")
    log = events.merge(users[["user_id", "signup_at"]], on="user_id")
    per_user_facts = aha.early_actions(
        log, "return", start_col="signup_at", active_events=["app_open"]
    )
    k = aha.aha_threshold(aha.retention_by_threshold(per_user_facts, "early", "retained"))
    assert_stated(NB, f"aha moment ({k} rides in 30 days)")
    jobs = nb03.first_ride_jobs(events, data.load_rides())
    riders = data.load_rides()["user_id"].nunique()
    assert len(jobs) < riders
    assert_stated(NB, f"{len(jobs):,} of", f"the {riders:,} who rode")


def test_the_opening_takes_the_needs_02_read_from_the_voice_of_the_customer():
    """03 starts from 02's needs: the search stage's most-cited need in the corpus, quoted."""
    texts = data.load_voc()
    texts["theme"] = voc.tag(texts)
    needs = voc.top_needs(texts)
    assert needs["search/browse"] == voc.need_of("free_at_time")
    assert_stated(NB, f'"{needs["search/browse"]}"')
    src = (ROOT / "notebooks" / "src" / f"{NB}.py").read_text()
    assert "needs = voc.top_needs(voc_texts)" in src
