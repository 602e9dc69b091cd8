"""The checkers of notebook 03 accept the right answers, reject typical wrong ones with the
right message, and treat ``...`` as unanswered.

Right answers are computed here independently, with plain pandas on the committed data.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import combinations, data
from helpers.checks import nb03
from helpers.exercises import Exercise

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
