"""helpers.leadlag: the lead-lag correlation against numpy, and the plot's ``ax=`` rule."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from helpers import leadlag
from helpers.style import SYNTHETIC_NOTE


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
