"""The checkers of notebook 07 accept the right answers and explain the typical wrong ones."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import cohort, search_behaviour
from helpers.checks import nb06, nb07


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
def action_sessions(sessions):
    u = nb06.user_quadrants()
    return sessions[sessions["user_id"].isin(u.index[u["quadrant"] == "action needed"])]


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
    assert ex.check("35%", quiet=True).status == "right"  # text, read as 0.35 with a note
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


def test_release_gap_right(action_sessions):
    fixed = action_sessions["app_version"].astype("object") == "3.0"
    before, after = gap(action_sessions[~fixed]), gap(action_sessions[fixed])
    assert before > 0.1 and 0 < after < before
    ex = nb07.release_gap()
    assert ex.check({"before": before, "after": after}, quiet=True)
    assert ex.check({"before": ..., "after": ...}, quiet=True).status == "unanswered"


def test_release_gap_wrong(action_sessions, sessions):
    fixed = action_sessions["app_version"].astype("object") == "3.0"
    before, after = gap(action_sessions[~fixed]), gap(action_sessions[fixed])
    ex = nb07.release_gap()
    assert "sign is flipped" in msg(ex, {"before": -before, "after": -after})
    assert "swapped" in msg(ex, {"before": after, "after": before})
    assert "not percentage points" in msg(ex, {"before": before * 100, "after": after * 100})
    all_fixed = sessions["app_version"].astype("object") == "3.0"
    all_users = {"before": gap(sessions[~all_fixed]), "after": gap(sessions[all_fixed])}
    assert "all users' sessions" in msg(ex, all_users)
    tried = action_sessions[action_sessions["attempted"]]
    tf = tried["app_version"].astype("object") == "3.0"
    assert "divides by attempts" in msg(ex, {"before": gap(tried[~tf]), "after": gap(tried[tf])})
    assert "'before' is right" in msg(ex, {"before": before, "after": 0.5})
    assert "'after' is right" in msg(ex, {"before": 0.5, "after": after})
    assert "Neither gap" in msg(ex, {"before": 0.5, "after": 0.5})
    assert "should be numbers" in msg(ex, {"before": "big", "after": "small"})


def test_release_gap_hints_progress():
    ex = nb07.release_gap()
    hints = [ex.check({"before": 1, "after": 1}, quiet=True).hint for _ in range(3)]
    assert len(set(hints)) == 3 and "action_sessions[~fixed]" in hints[2]


# ---- Exercise 4 ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def effect_parts(sessions):
    month = sessions["start"].dt.to_period("M")
    other = sessions[~sessions["time_first"]]
    r = other.groupby(month[~sessions["time_first"]])["reserved"].mean()
    price = r[P("2024-11")] - r[P("2024-10")]
    window = sessions[(sessions["start"] >= "2025-03-04") & (sessions["start"] < "2025-04-01")]
    v = window.groupby([window["app_version"].astype("object"), "time_first"])["reserved"].mean()
    release = v[("3.0", True)] - v[("2.9", True)]
    everyone = sessions.groupby(month)["reserved"].mean()
    tf = sessions[sessions["time_first"]].groupby(month[sessions["time_first"]])["reserved"]
    tf = tf.mean()
    return {
        "price": price,
        "release": release,
        "price_all": everyone[P("2024-11")] - everyone[P("2024-10")],
        "release_feb_mar": tf[P("2025-03")] - tf[P("2025-02")],
        "release_other": v[("3.0", False)] - v[("2.9", False)],
    }


def test_effects_right(effect_parts):
    e = effect_parts
    assert e["price"] < -0.02 and e["release"] > 0.05
    ex = nb07.separate_effects()
    assert ex.check({"price_effect": e["price"], "release_effect": e["release"]}, quiet=True)
    assert ex.check({"price_effect": ..., "release_effect": ...}, quiet=True).status == (
        "unanswered"
    )


def test_effects_wrong(effect_parts):
    e = effect_parts
    ex = nb07.separate_effects()

    def answer(price, release):
        return msg(ex, {"price_effect": price, "release_effect": release})

    assert "sign is flipped" in answer(-e["price"], e["release"])
    assert "not percentage points" in answer(e["price"] * 100, e["release"] * 100)
    assert "time_first == False" in answer(e["price_all"], e["release"])
    assert "same weeks" in answer(e["price"], e["release_feb_mar"])
    assert "did not set the time first" in answer(e["price"], e["release_other"])
    assert "price effect is right" in answer(e["price"], 0.5)
    assert "release effect is right" in answer(0.5, e["release"])
    assert "Neither effect" in answer(0.5, 0.5)
    assert "should be numbers" in answer("down", "up")


def test_effects_hints_progress():
    ex = nb07.separate_effects()
    hints = [ex.check({"price_effect": 1, "release_effect": 1}, quiet=True).hint for _ in range(3)]
    assert len(set(hints)) == 3 and "groupby('app_version')" in hints[2]


def test_ex4_hint_uses_the_notebooks_names():
    """A12: the notebook calls them `sessions` and `march`, not s['start'] and window."""
    last = nb07.separate_effects().hints[-1]
    assert "march[" in last and "sessions[" in last and "window" not in last
