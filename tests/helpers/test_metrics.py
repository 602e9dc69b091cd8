"""helpers.metrics: per-user counts, monthly series, active users and stickiness, by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import metrics


@pytest.fixture
def log() -> pd.DataFrame:
    """Three users over January-March 2024 (nothing in February but one return), odd index."""
    return pd.DataFrame(
        {
            "user_id": ["a", "a", "b", "a", "c", "b"],
            "timestamp": pd.to_datetime(
                [
                    "2024-01-01 09:00",
                    "2024-01-01 18:00",
                    "2024-01-02 10:00",
                    "2024-02-10 08:00",
                    "2024-03-05 12:00",
                    "2024-03-05 13:00",
                ]
            ),
            "event": ["search", "ride", "search", "return", "search", "search"],
        },
        index=[60, 50, 40, 30, 20, 10],
    )


def test_per_user_counts_counts_each_event_per_user(log):
    out = metrics.per_user_counts(log, {"searches": "search", "rides": "ride"})
    assert out.index.tolist() == ["a", "b", "c"]
    assert out.to_dict("list") == {"searches": [1, 2, 1], "rides": [1, 0, 0]}
    assert out.dtypes.astype(str).tolist() == ["int64", "int64"]


def test_per_user_counts_gives_zero_to_the_users_asked_for(log):
    out = metrics.per_user_counts(log, {"rides": "ride"}, users=["z", "a"])
    assert out.index.tolist() == ["z", "a"]
    assert out["rides"].tolist() == [0, 1]


def test_per_user_counts_names_a_misspelt_event(log):
    with pytest.raises(ValueError, match=r"unknown event 'rdie'\. Did you mean 'ride'\?"):
        metrics.per_user_counts(log, {"rides": "rdie"})


def test_monthly_counts_fills_months_without_the_event_with_zero(log):
    out = metrics.monthly_counts(log, ["search", "return"])
    assert [str(m) for m in out.index] == ["2024-01", "2024-02", "2024-03"]
    assert out["search"].tolist() == [2, 0, 2]
    assert out["return"].tolist() == [0, 1, 0]


def test_monthly_counts_of_unique_users_and_a_single_name(log):
    out = metrics.monthly_counts(log, "search", unique_users=True)
    assert out.columns.tolist() == ["search"]
    assert out["search"].tolist() == [2, 0, 2]
    twice = log.assign(user_id="a")
    assert metrics.monthly_counts(twice, "search", unique_users=True)["search"].tolist() == [
        1,
        0,
        1,
    ]


def test_monthly_counts_refuses_text_timestamps(log):
    with pytest.raises(
        TypeError, match=r"monthly_counts\(\): column 'timestamp' must hold datetimes"
    ):
        metrics.monthly_counts(log.assign(timestamp=log["timestamp"].astype(str)), ["search"])


@pytest.mark.parametrize(
    ("freq", "name", "index_name", "values"),
    [("M", "MAU", "month", [2, 1, 2]), ("D", "DAU", "day", None), ("W", "WAU", "week", None)],
)
def test_active_users_per_period(log, freq, name, index_name, values):
    out = metrics.active_users(log, freq=freq)
    assert (out.name, out.index.name) == (name, index_name)
    if values is not None:
        assert out.tolist() == values
    if freq == "D":
        assert len(out) == 65  # 1 Jan to 5 Mar 2024, every day, quiet ones at 0
        assert out.iloc[0] == 1 and out.iloc[1] == 1 and out.iloc[-1] == 2
        assert int((out == 0).sum()) == 65 - 4


def test_active_users_of_chosen_events_only(log):
    out = metrics.active_users(log, freq="M", event_col="event", names=["ride", "return"])
    assert out.tolist() == [1, 1, 0]


def test_active_users_with_names_needs_the_event_column(log):
    with pytest.raises(ValueError, match=r"active_users\(\): pass event_col= together with names="):
        metrics.active_users(log, names=["search"])


def test_active_users_refuses_an_unknown_frequency(log):
    with pytest.raises(ValueError, match=r"freq='Y' is not valid; use one of 'D', 'W', 'M'"):
        metrics.active_users(log, freq="Y")


def test_stickiness_is_mean_dau_over_mau(log):
    out = metrics.stickiness(log)
    assert out.name == "DAU/MAU"
    # January: DAU 1 on the 1st and the 2nd, 0 on 29 days -> mean 2/31, over MAU 2
    assert out.iloc[0] == pytest.approx(2 / 31 / 2)
    assert out.iloc[1] == pytest.approx(1 / 29 / 1)


def test_stickiness_refuses_a_pair_that_is_not_short_over_long(log):
    with pytest.raises(ValueError, match=r"\(short, long\)=\('M', 'D'\) is not valid"):
        metrics.stickiness(log, short="M", long="D")


@pytest.mark.parametrize(
    "call",
    [
        lambda d: metrics.per_user_counts(d, {"s": "search"}),
        lambda d: metrics.monthly_counts(d, ["search"]),
        lambda d: metrics.active_users(d, freq="W"),
        lambda d: metrics.stickiness(d),
    ],
)
def test_the_callers_log_is_left_as_it_was(log, call):
    before = log.copy(deep=True)
    call(log)
    pd.testing.assert_frame_equal(log, before)
