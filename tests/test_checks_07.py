"""The checkers of notebook 07 accept the right answers and explain the typical wrong ones."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import cohort, combinations, important_customer, search_behaviour
from helpers.checks import nb07


def P(month: str) -> pd.Period:
    return pd.Period(month, "M")


@pytest.fixture(scope="module")
def retention(events, users):
    log = events.merge(users[["user_id", "signup_at"]], on="user_id")
    return cohort.cohort_table(log, cohort_time_col="signup_at", active_events=["app_open"])


@pytest.fixture(scope="module")
def sessions(events):
    return search_behaviour.search_sessions(events, version_col="app_version")


@pytest.fixture(scope="module")
def table_sessions(events, users, sessions):
    per_user = combinations.combination_users(events, users)
    important = important_customer.is_important_customer(per_user)
    s = sessions[sessions["user_id"].isin(per_user.index)].copy()
    s["important"] = s["user_id"].map(important).astype(bool)
    return s


def ratio(s: pd.DataFrame) -> float:
    r = s.groupby("time_first")["reserved"].mean()
    return float(r[True] / r[False])


def by_version(s: pd.DataFrame) -> tuple[float, float]:
    fixed = s["app_version"].astype("object") == "3.0"
    return ratio(s[~fixed]), ratio(s[fixed])


def gap(s: pd.DataFrame) -> float:
    r = s.groupby("time_first")["reserved"].mean()
    return float(r[False] - r[True])


def msg(ex, answer) -> str:
    return ex.check(answer, quiet=True).message


# ---- Exercise 1 ----------------------------------------------------------------------------


def test_read_cell(retention):
    ex = nb07.read_cell()
    right = retention.loc[P("2024-06"), 3]
    assert ex.check(right, quiet=True)
    assert ex.check(round(float(right), 3), quiet=True)
    assert ex.check(..., quiet=True).status == "unanswered"
    assert "percentage" in msg(ex, right * 100)
    assert "That is month 2" in msg(ex, retention.loc[P("2024-06"), 2])
    assert "That is month 4" in msg(ex, retention.loc[P("2024-06"), 4])
    assert "the 2024-09 cohort" in msg(ex, retention.loc[P("2024-09"), 3])
    assert ex.check(f"{right:.0%}", quiet=True).status == "right"  # text, read as a share
    assert "should be a number" in msg(ex, "about a third")
    assert "too high" in msg(ex, 0.9)


def test_read_cell_hints_progress():
    ex = nb07.read_cell()
    hints = [ex.check(0.9, quiet=True).hint for _ in range(4)]
    assert len(set(hints[:3])) == 3 and hints[3] == hints[2]
    assert "retention.loc['2024-06', 3]" in hints[2]


# ---- Exercise 2 ----------------------------------------------------------------------------


def test_worst_cohort_right(retention):
    right = str(retention[1].idxmin())
    assert right == "2024-09"
    ex = nb07.worst_cohort()
    assert ex.check({"cohort": right, "why": "promotion"}, quiet=True)
    assert ex.check({"cohort": " 2024-09 ", "why": " Promotion "}, quiet=True)
    assert ex.check({"cohort": P("2024-09"), "why": "promotion"}, quiet=True)


def test_worst_cohort_unanswered_and_shape():
    ex = nb07.worst_cohort()
    assert ex.check({"cohort": ..., "why": ...}, quiet=True).status == "unanswered"
    assert "still open: 'why'" in msg(ex, {"cohort": "2024-09", "why": ...})
    assert "Give a dict" in msg(ex, "2024-09")
    assert "missing 'why'" in msg(ex, {"cohort": "2024-09"})


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ({"cohort": "2025-06", "why": "promotion"}, "'not yet', not 0"),
        ({"cohort": "2024-01", "why": "promotion"}, "not the lowest"),
        ({"cohort": "September", "why": "promotion"}, "is not a cohort"),
        ({"cohort": "2024-09", "why": "price change"}, "same calendar month"),
        ({"cohort": "2024-09", "why": "summer"}, "does not explain"),
        ({"cohort": "2024-09", "why": "app release"}, "No release"),
        ({"cohort": "2024-09", "why": "bad luck"}, "answer with one of"),
    ],
)
def test_worst_cohort_wrong(answer, expected):
    v = nb07.worst_cohort().check(answer, quiet=True)
    assert v.status == "wrong" and expected in v.message


def test_worst_cohort_hints_name_it_last():
    ex = nb07.worst_cohort()
    hints = [ex.check({"cohort": "2024-01", "why": "x"}, quiet=True).hint for _ in range(3)]
    assert len(set(hints)) == 3 and "2024-09" in hints[2]


# ---- Exercise 3 ----------------------------------------------------------------------------


def test_release_ratio_right(table_sessions):
    before, after = by_version(table_sessions[table_sessions["important"]])
    assert before < 0.5 and before + 0.25 < after < 1
    ex = nb07.release_ratio()
    assert ex.check({"before": before, "after": after}, quiet=True)
    assert ex.check({"before": round(before, 2), "after": round(after, 2)}, quiet=True)
    assert ex.check({"before": ..., "after": ...}, quiet=True).status == "unanswered"


def test_release_ratio_wrong(table_sessions):
    ic = table_sessions[table_sessions["important"]]
    before, after = by_version(ic)
    ex = nb07.release_ratio()
    assert "swapped" in msg(ex, {"before": after, "after": before})
    assert "upside down" in msg(ex, {"before": 1 / before, "after": 1 / after})
    assert "not percentages" in msg(ex, {"before": before * 100, "after": after * 100})
    fixed = ic["app_version"].astype("object") == "3.0"
    gaps = {"before": gap(ic[~fixed]), "after": gap(ic[fixed])}
    assert "That is the gap" in msg(ex, gaps)
    e_before, e_after = by_version(table_sessions[~table_sessions["important"]])
    assert "everyone else's ratio" in msg(ex, {"before": e_before, "after": e_after})
    assert "'before' is right" in msg(ex, {"before": before, "after": 0.2})
    assert "'after' is right" in msg(ex, {"before": 0.2, "after": after})
    assert "Neither ratio" in msg(ex, {"before": 0.2, "after": 0.2})
    assert "should be numbers" in msg(ex, {"before": "low", "after": "higher"})


def test_release_ratio_hints_progress():
    ex = nb07.release_ratio()
    hints = [ex.check({"before": 0.2, "after": 0.2}, quiet=True).hint for _ in range(3)]
    assert len(set(hints)) == 3 and "ic_sessions[~fixed]" in hints[2]


# ---- Exercise 4 ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def changes(table_sessions):
    ic = table_sessions[table_sessions["important"]]
    other = table_sessions[~table_sessions["important"]]
    (ib, ia), (eb, ea) = by_version(ic), by_version(other)
    month = ic["start"].dt.to_period("M")
    feb_mar = ratio(ic[month == P("2025-03")]) - ratio(ic[month == P("2025-02")])
    fixed = ic["app_version"].astype("object") == "3.0"
    return {
        "ic": ia - ib,
        "else": ea - eb,
        "ic_gap": gap(ic[fixed]) - gap(ic[~fixed]),
        "feb_mar": feb_mar,
    }


def test_fingerprint_right(changes):
    assert changes["ic"] > 0.25 and abs(changes["else"]) < 0.05
    ex = nb07.fingerprint()
    right = {"important": changes["ic"], "everyone_else": changes["else"]}
    assert ex.check({**right, "where": "important customer"}, quiet=True)
    assert ex.check({**right, "where": " Important Customer "}, quiet=True)
    assert ex.check({"important": ..., "everyone_else": ..., "where": ...}, quiet=True).status == (
        "unanswered"
    )


def test_fingerprint_wrong(changes):
    ex = nb07.fingerprint()
    c = changes

    def answer(ic, other, where="important customer"):
        return msg(ex, {"important": ic, "everyone_else": other, "where": where})

    assert "swapped" in answer(c["else"], c["ic"])
    assert "sign is flipped" in answer(-c["ic"], -c["else"])
    assert "change in the gap" in answer(c["ic_gap"], c["else"])
    assert "compares March with February" in answer(c["feb_mar"], c["else"])
    assert "'important' is right" in answer(c["ic"], 0.5)
    assert "'everyone_else' is right" in answer(0.9, c["else"])
    assert "Neither change" in answer(0.9, 0.9)
    assert "Where did the ratio move" in answer(c["ic"], c["else"], "both")
    assert "answer with one of" in answer(c["ic"], c["else"], "the app")
    assert "should be numbers" in answer("up", "flat")


def test_fingerprint_hints_progress():
    ex = nb07.fingerprint()
    hints = [
        ex.check({"important": 1, "everyone_else": 1, "where": "both"}, quiet=True).hint
        for _ in range(3)
    ]
    assert len(set(hints)) == 3 and "sessions['group']" in hints[2]
