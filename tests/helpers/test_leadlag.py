"""helpers.leadlag: the lead-lag correlation against numpy, the plot's ``ax=`` rule, and the
fewest periods lead_lag() works with (and the message that says so)."""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from helpers import i18n, leadlag
from helpers.style import SYNTHETIC_NOTE

X = [10.0, 12.0, 9.0, 14.0, 11.0, 15.0]
Y = [5.0, 10.0, 12.0, 9.0, 14.0, 11.0]


def periods(n: int) -> pd.DataFrame:
    return pd.DataFrame({"x": X[:n], "y": Y[:n]})


@pytest.mark.parametrize(("transform", "need"), [("pct_change", 4), ("diff", 4), ("level", 3)])
def test_the_fewest_periods_work_and_one_fewer_names_what_is_needed(transform, need):
    assert leadlag.min_periods(transform) == need
    table = leadlag.lead_lag(periods(need), "x", "y", transform=transform)
    lag0 = table.set_index("lag").loc[0]
    assert lag0["n"] == leadlag.MIN_PAIRS and math.isfinite(lag0["corr"])
    with pytest.raises(ValueError) as info:
        leadlag.lead_lag(periods(need - 1), "x", "y", transform=transform)
    message = str(info.value)
    assert f"too few periods ({need - 1})" in message
    assert f"need at least {need} periods" in message
    assert f"transform='{transform}'" in message


def test_a_change_from_zero_counts_against_the_periods():
    """Four periods starting at 0 give only two finite percent changes: the same message."""
    df = pd.DataFrame({"x": [0.0, 12.0, 9.0, 14.0], "y": [5.0, 10.0, 12.0, 9.0]})
    with pytest.raises(ValueError, match=r"need at least 4 periods in a row with numbers"):
        leadlag.lead_lag(df, "x", "y")


def test_the_messages_speak_korean_in_the_korean_edition():
    with i18n.language("ko"):
        with pytest.raises(ValueError, match=r"기간이 너무 적습니다\(3개\).*4개 이상"):
            leadlag.lead_lag(periods(3), "x", "y")
        with pytest.raises(ValueError, match=r"max_lag는 0 이상의 정수"):
            leadlag.lead_lag(periods(6), "x", "y", max_lag=-1)


def test_max_lag_must_be_a_whole_number():
    with pytest.raises(ValueError, match=r"max_lag must be a whole number >= 0, got 1\.5\."):
        leadlag.lead_lag(periods(6), "x", "y", max_lag=1.5)


def series() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    leader = 100 + np.cumsum(rng.normal(0, 5, 30))
    follower = np.r_[leader[0], leader[:-1]] * 2 + rng.normal(0, 1, 30)  # one period behind
    return pd.DataFrame({"rides": leader, "revenue": follower}, index=range(30, 0, -1))


def test_the_follower_one_period_behind_gives_lag_one():
    df = series()
    before = df.copy()
    table = leadlag.lead_lag(df, "rides", "revenue")
    assert leadlag.best_lag(table) == 1
    x, y = df["rides"].pct_change().to_numpy(), df["revenue"].pct_change().to_numpy()
    expected = np.corrcoef(x[1:-1], y[2:])[0, 1]  # leader at t, follower at t + 1
    assert table.set_index("lag").loc[1, "corr"] == expected
    pd.testing.assert_frame_equal(df, before)


def test_lead_lag_plot_makes_its_own_figure_with_the_note():
    fig = leadlag.lead_lag_plot(leadlag.lead_lag(series(), "rides", "revenue"), "Rides lead")
    (ax,) = fig.axes
    assert len(ax.patches) == 7  # lags -3..3
    assert SYNTHETIC_NOTE in [t.get_text() for t in ax.texts]


def test_lead_lag_plot_draws_on_the_given_axes_and_leaves_the_note_to_the_caller():
    table = leadlag.lead_lag(series(), "rides", "revenue")
    fig, (left, right) = plt.subplots(1, 2)
    figures = plt.get_fignums()
    assert leadlag.lead_lag_plot(table, "Rides lead", ax=left) is fig
    assert plt.get_fignums() == figures
    assert len(left.patches) == 7 and not right.patches
    assert SYNTHETIC_NOTE not in [t.get_text() for t in left.texts]
