"""helpers.aha: retention by threshold against a slow count, and the plot's ``ax=`` rule."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from helpers import aha
from helpers.style import SYNTHETIC_NOTE


def users(n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    early = rng.integers(0, 7, n)
    retained = (rng.random(n) < 0.15 + 0.1 * early).astype(int)
    return pd.DataFrame({"early": early, "retained": retained}, index=rng.permutation(n))


def test_retention_by_threshold_matches_a_slow_count():
    u = users()
    before = u.copy()
    table = aha.retention_by_threshold(u, "early", "retained", range(1, 6))
    for row in table.itertuples():
        at_least = [r for e, r in zip(u["early"], u["retained"], strict=True) if e >= row.threshold]
        below = [r for e, r in zip(u["early"], u["retained"], strict=True) if e < row.threshold]
        assert row.users_at_least == len(at_least) and row.users_below == len(below)
        assert row.retention_at_least == pytest.approx(sum(at_least) / len(at_least))
        assert row.retention_below == pytest.approx(sum(below) / len(below))
    pd.testing.assert_frame_equal(u, before)


def test_aha_plot_makes_its_own_figure_with_the_note_and_marks_the_threshold():
    table = aha.retention_by_threshold(users(), "early", "retained", range(1, 6))
    k = aha.aha_threshold(table)
    fig = aha.aha_plot(table, "Aha", window_days=14)
    (ax,) = fig.axes
    texts = [t.get_text() for t in ax.texts]
    assert SYNTHETIC_NOTE in texts
    assert any(t.startswith(f"{k}+: ") for t in texts)
    assert ax.get_xlabel() == "Threshold: rides in the first 14 days"


def test_aha_plot_draws_on_the_given_axes_and_leaves_the_note_to_the_caller():
    table = aha.retention_by_threshold(users(), "early", "retained", range(1, 6))
    before = table.copy()
    fig, (left, right) = plt.subplots(1, 2)
    figures = plt.get_fignums()
    assert aha.aha_plot(table, "Aha", ax=right) is fig
    assert plt.get_fignums() == figures
    assert len(right.lines) >= 3 and not left.lines  # two rate lines and the threshold
    assert SYNTHETIC_NOTE not in [t.get_text() for t in right.texts]
    pd.testing.assert_frame_equal(table, before)


def test_aha_plot_marks_groups_too_small_to_trust():
    table = aha.retention_by_threshold(users(), "early", "retained", range(1, 7))
    # under 100 users: at or above 6 (70 users), and below 1 (56 users)
    assert table.loc[table["users_at_least"] < 100, "threshold"].tolist() == [6]
    assert table.loc[table["users_below"] < 100, "threshold"].tolist() == [1]
    fig = aha.aha_plot(table, "Aha", min_users=100)
    ax = fig.axes[0]
    assert "fewer than 100 users: not trusted" in ax.get_legend_handles_labels()[1]
    hollow = [line for line in ax.lines if line.get_markerfacecolor() == "white"]
    assert [list(line.get_xdata()) for line in hollow] == [[6], [1]]


def test_aha_plot_names_a_missing_column():
    table = aha.retention_by_threshold(users(), "early", "retained")
    with pytest.raises(ValueError, match="users_below"):
        aha.aha_plot(table.drop(columns="users_below"), "Aha")
