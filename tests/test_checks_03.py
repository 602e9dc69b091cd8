"""The checkers of notebook 03 accept the right answers, reject typical wrong ones with the
right message, give more specific hints on repeated tries, and treat ``...`` as unanswered.

Right answers are computed here independently, with plain pandas on the committed data.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import data
from helpers.checks import nb03
from helpers.exercises import Exercise

CATEGORIES = nb03.CATEGORIES


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


# ---- exercise 1: Specific at 10% ----------------------------------------------------------


def test_specific_at_10(users):
    right = []
    for col in CATEGORIES:
        share = users[col].astype(str).value_counts(normalize=True)
        right += [f"{col}: {seg}" for seg, s in share.items() if s < 0.10]
    ex = nb03.specific_at_10()
    assert _status(ex, right) == "right"
    assert _status(ex, [x.upper() for x in reversed(right)]) == "right"
    assert _status(ex, tuple(right)) == "right"
    assert "at a 10% threshold that is Mass" in _message(ex, [*right, "age_band: 45+"])
    assert "10.1% of users" in _message(ex, [*right, "age_band: 45+"])
    assert "1 Specific segment(s) are missing" in _message(ex, right[1:])
    assert "not bare segment names" in _message(ex, ["pending", "failed"])
    assert "not a label in the sizes table" in _message(ex, ["region: Ulsan"])
    assert "Give a list of labels" in _message(ex, "card_status: failed")


def test_category_sizes_labels_and_does_not_touch_input(users):
    before = users.copy()
    t = nb03.category_sizes(users, "card_status", mass_share=0.5)
    assert t["label"].tolist()[0] == "card_status: registered"
    assert t["kind"].tolist() == ["Mass", "Specific", "Specific"]
    pd.testing.assert_frame_equal(users, before)
    with pytest.raises(ValueError, match="mass_share"):
        nb03.category_sizes(users, CATEGORIES, mass_share=2)


# ---- exercise 2: the worst Specific segment ------------------------------------------------


def test_worst_specific(per_user):
    u = per_user
    masks = {
        "card_status: failed": u["card_status"] == "failed",
        "licence_status: on_hold": u["licence_status"] == "on_hold",
        "accident reporters": u["accident_reporter"],
    }
    rates = {
        k: u.loc[m, "reservations"].sum() / u.loc[m, "attempts"].sum() for k, m in masks.items()
    }
    right = min(rates, key=rates.get)
    ex = nb03.worst_specific()
    assert _status(ex, right) == "right"
    assert _status(ex, f" {right.upper()} ") == "right"
    others = sorted(k for k in rates if k != right)
    overall = u["reservations"].sum() / u["attempts"].sum()
    for other in others:
        msg = _message(ex, other)
        assert f"converts {rates[other]:.0%} of attempts" in msg
        if rates[other] > overall:
            assert "*above*" in msg
        else:
            assert "another Specific segment converts less" in msg
    assert "is not one of" in _message(ex, "corporate")
    assert "names in quotes" in _message(ex, 0.5)
    assert "row number" in _message(ex, 0)  # A2


# ---- exercise 3: the top combination -------------------------------------------------------


def test_top_combination(per_user):
    u = per_user.copy()
    mean = u["rides"].mean()
    experience = pd.Series("above average", index=u.index)
    experience[u["rides"] < mean] = "below average"
    experience[u["rides"] == 0] = "reserved, never rode"
    experience[u["reservations"] == 0] = "never reserved"
    label = u["member_type"].astype(str) + " x " + experience
    share = u["rides"].groupby(label).sum() / u["rides"].sum()
    right = share.idxmax()
    ex = nb03.top_combination()
    assert _status(ex, right) == "right"
    assert _status(ex, right.upper().replace(" X ", "  x ")) == "right"
    biggest = label.value_counts().idxmax()
    assert biggest != right
    assert "largest by *users*" in _message(ex, biggest)
    assert "size is not impact" in _message(ex, biggest)
    other = share.drop(right).idxmax()
    assert f"holds {share[other]:.0%} of the completed rides" in _message(ex, other)
    assert "not a combination label" in _message(ex, "above average")
    assert "combination label in quotes" in _message(ex, ["individual", "above average"])


# ---- exercise 4: the job least often solved in the first visit ---------------------------


def test_least_solved_job(events):
    jobs = events[events["event"].isin(nb03.JOBS)].sort_values("timestamp", kind="stable")
    first = jobs.drop_duplicates("user_id")
    reserved = set(events.loc[events["event"] == "reservation", "session_id"])
    solved = first["session_id"].isin(reserved).groupby(first["event"].astype(str)).mean()
    right = solved.idxmin()
    ex = nb03.least_solved_job()
    assert _status(ex, right) == "right"
    assert _status(ex, right.upper()) == "right"
    other = solved.idxmax()
    assert f"first visit {solved[other]:.0%} of the time" in _message(ex, other)
    assert "never searched" in _message(ex, "none")
    assert "not one of the jobs" in _message(ex, "car_view")
    assert "first action in quotes" in _message(ex, 1.5)
    assert "row number" in _message(ex, 1)  # A2
    assert ".idxmin()" in _message(ex, pd.Series([0.2, 0.1], index=["a", "b"]))  # A2


def test_solved_in_first_visit_agrees_with_first_action(events):
    table = nb03.solved_in_first_visit(events)
    from helpers import segments

    first = segments.first_action(events, candidates=nb03.JOBS)
    assert (first[first != "none"].sort_index() == table["job"].sort_index()).all()


def test_user_table_counts(per_user):
    u = nb03.user_table()
    assert len(u) == len(data.load_users())
    for col in ["attempts", "reservations", "rides"]:
        assert (u[col] == per_user[col]).all()
    assert u["accident_reporter"].sum() == per_user["accident_reporter"].sum()


def test_ex3_a_value_of_another_category_is_named():
    """A14: 'none x above average' uses membership, not member type: say which category."""
    msg = _message(nb03.top_combination(), "none x above average")
    assert "'none' is a value of 'membership'" in msg and "member_type" in msg


def test_ex1_hints_call_category_sizes_as_the_notebook_does():
    """A12: the checker's hints and the notebook's hint use the same call."""
    assert all(
        "checks.CATEGORIES" in h for h in nb03.specific_at_10().hints if "category_sizes" in h
    )
