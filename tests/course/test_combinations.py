"""course.combinations: situations, windows since sign-up, Mass x element combinations."""

from __future__ import annotations

import pandas as pd
import pytest

from course import combinations as cb


def _users():
    return pd.DataFrame(
        {
            "user_id": [10, 11, 12, 13, 14, 15],
            "signup_at": pd.to_datetime(["2024-01-01"] * 5 + ["2024-12-01"]),
            "member_type": ["individual", "corporate", "individual", "individual", "individual"]
            + ["individual"],
            "membership": ["none", "none", "subscriber", "none", "none", "none"],
            "card_status": ["registered", "registered", "registered", "pending", "failed"]
            + ["registered"],
            "licence_status": ["verified"] * 6,
        },
        index=[5, 4, 3, 2, 1, 0],  # any index
    )


def _log():
    rows = [
        (10, "2024-01-02", "car_view"),
        (10, "2024-01-02", "reservation_attempt"),
        (10, "2024-03-01", "reservation_attempt"),  # day 60: later window, not early
        (10, "2024-03-02", "return"),
        (11, "2024-01-05", "car_view"),
        (11, "2024-01-05", "reservation"),
        (11, "2024-01-06", "return"),
        (11, "2024-01-07", "return"),
        (12, "2024-01-03", "zone_click"),
        (13, "2024-01-03", "app_open"),  # never searched: not in the search stage
        (14, "2024-01-03", "car_view"),
        (15, "2024-12-02", "car_view"),  # window not over by the end of the log
        (10, "2025-06-30", "app_open"),
    ]
    df = pd.DataFrame(rows, columns=["user_id", "timestamp", "event"])
    df["timestamp"] = pd.to_datetime(df["timestamp"])
    return df


def test_mass_situation_sorts_by_situation_not_size():
    got = cb.mass_situation(_users())
    assert list(got) == [
        "pay-per-ride member",
        "corporate member",
        "subscriber",
        "associate member",
        "card failed",
        "pay-per-ride member",
    ]
    assert list(got.index) == [5, 4, 3, 2, 1, 0]


def test_window_counts_is_half_open_and_keeps_users_without_events():
    log = _log()
    start = _users().set_index("user_id")["signup_at"]
    early = cb.window_counts(log, {"attempts": "reservation_attempt"}, start, (0, 60))
    later = cb.window_counts(log, {"attempts": "reservation_attempt"}, start, (60, 240))
    assert early.loc[10, "attempts"] == 1 and later.loc[10, "attempts"] == 1
    assert early.loc[13, "attempts"] == 0  # no such event: 0, not missing


def test_combination_users_and_table():
    users, log = _users(), _log()
    before_u, before_l = users.copy(), log.copy()
    per_user = cb.combination_users(log, users)
    pd.testing.assert_frame_equal(users, before_u)
    pd.testing.assert_frame_equal(log, before_l)
    assert set(per_user.index) == {10, 11, 12, 14}  # 13 never searched, 15 too recent
    assert per_user.loc[10, "experience"] == "never reserved"
    assert per_user.loc[11, "experience"] == "above average"
    assert per_user.loc[10, "attempts"] == 1 and per_user.loc[10, "rides"] == 1
    table = cb.combination_table(per_user, min_users=1)
    assert "card failed x never reserved" not in set(table["segment"])  # Specific left out
    assert table["users"].sum() == 3
    small = cb.combination_table(per_user, min_users=2)
    assert small.empty and len(small.attrs["too_small"]) == 3


def test_bad_input_is_named():
    start = _users().set_index("user_id")["signup_at"]
    with pytest.raises(ValueError, match="lo < hi"):
        cb.window_counts(_log(), {"a": "return"}, start, (60, 0))
    with pytest.raises(TypeError, match="timestamps"):
        cb.window_counts(_log(), {"a": "return"}, start.astype(str), (0, 60))
    with pytest.raises(ValueError, match="ride"):
        cb.window_counts(_log(), {"a": "ride"}, start, (0, 60))
    with pytest.raises(ValueError, match="membership"):
        cb.mass_situation(_users().drop(columns="membership"))
