"""course.search_behaviour: one row per search session, its behaviours and outcome."""

from __future__ import annotations

import pandas as pd
import pytest

from course import search_behaviour as sb


@pytest.fixture
def log():
    t = pd.Timestamp("2024-03-01 10:00")
    rows = [
        # session 1: time first, filter, 2 zones, EV, reserved and ridden
        (1, 1, 0, "app_open", None),
        (1, 1, 1, "map_view", None),
        (1, 1, 2, "time_set", None),
        (1, 1, 3, "car_type_filter", "EV"),
        (1, 1, 4, "zone_click", None),
        (1, 1, 5, "zone_click", None),
        (1, 1, 6, "car_view", "EV"),
        (1, 1, 7, "reservation_attempt", "EV"),
        (1, 1, 8, "reservation", "EV"),
        (1, 1, 60, "ride_start", "EV"),
        (1, 1, 120, "return", "EV"),
        # session 2 (a day later): zone first, SUV (not the EV ridden before), attempt fails
        (1, 2, 1440, "app_open", None),
        (1, 2, 1441, "zone_click", None),
        (1, 2, 1442, "car_view", "SUV"),
        (1, 2, 1443, "time_set", None),
        (1, 2, 1444, "reservation_attempt", "SUV"),
        # session 3: opened and closed - not a search session
        (2, 3, 10, "app_open", None),
    ]
    return pd.DataFrame(
        {
            "user_id": [r[0] for r in rows],
            "session_id": [r[1] for r in rows],
            "timestamp": [t + pd.Timedelta(minutes=r[2]) for r in rows],
            "event": [r[3] for r in rows],
            "car_type": [r[4] for r in rows],
        }
    )


def test_one_row_per_search_session(log):
    s = sb.search_sessions(log)
    assert list(s.index) == [1, 2]
    assert s["time_first"].tolist() == [True, False]
    assert s["used_filter"].tolist() == [True, False]
    assert s["zone_clicks"].tolist() == [2, 1]
    assert s["two_plus_zones"].tolist() == [True, False]
    assert s["attempted"].tolist() == [True, True]
    assert s["reserved"].tolist() == [True, False]
    assert s["car_type"].tolist() == ["EV", "SUV"]


def test_kept_car_needs_a_previous_ride(log):
    s = sb.search_sessions(log)
    assert pd.isna(s.loc[1, "kept_car"])  # no ride before session 1
    assert s.loc[2, "last_ride_car"] == "EV"
    assert s.loc[2, "kept_car"] is not pd.NA and not s.loc[2, "kept_car"]


def test_log_order_does_not_matter_and_log_is_not_changed(log):
    shuffled = log.sample(frac=1, random_state=1)
    before = shuffled.copy()
    s = sb.search_sessions(shuffled)
    pd.testing.assert_frame_equal(shuffled, before)
    pd.testing.assert_frame_equal(s, sb.search_sessions(log))


def test_version_column(log):
    log = log.assign(app_version="3.0")
    assert sb.search_sessions(log, version_col="app_version")["app_version"].tolist() == [
        "3.0",
        "3.0",
    ]


def test_bad_input(log):
    with pytest.raises(TypeError, match="needs a pandas DataFrame"):
        sb.search_sessions([1, 2])
    with pytest.raises(ValueError, match="column 'session' is not in the DataFrame"):
        sb.search_sessions(log, session_col="session")
    with pytest.raises(ValueError, match="no browse events"):
        sb.search_sessions(log[~log["event"].isin(sb.BROWSE_EVENTS)])
    with pytest.raises(TypeError, match="must hold datetimes"):
        sb.search_sessions(log.assign(timestamp=log["timestamp"].astype(str)))


def test_conversion_by(log):
    s = sb.search_sessions(log)
    table = sb.conversion_by(s, "kept_car")  # session 1 does not apply: left out
    assert table["sessions"].tolist() == [1]
    assert sb.conversion_by(s, "time_first").loc[True, "conversion"] == 1.0
    with pytest.raises(ValueError, match="column 'nope'"):
        sb.conversion_by(s, "nope")
    with pytest.raises(ValueError, match="no session has a value"):
        sb.conversion_by(s.iloc[:1], "kept_car")


def test_matches_the_canonical_time_first_definition(events):
    """The same sessions and flags as tests/course/test_planted_truths.py::_time_first_sessions."""
    s = sb.search_sessions(events)
    browse = events[events["event"].isin(["time_set", "zone_click", "car_view"])]
    first = browse.groupby("session_id")["event"].first().astype("object")
    assert list(first.index) == list(s.index)
    assert ((first == "time_set").to_numpy() == s["time_first"].to_numpy()).all()
    reserved = set(events.loc[events["event"] == "reservation", "session_id"])
    assert (s.index.isin(reserved) == s["reserved"].to_numpy()).all()
