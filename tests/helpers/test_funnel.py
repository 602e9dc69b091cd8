"""helpers.funnel: the funnel against a slow obvious count, and its plot's ``ax=`` rule."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers import funnel
from helpers.style import SYNTHETIC_NOTE


def small_log() -> pd.DataFrame:
    rows = [
        ("a", "2024-01-01 10:00", "view"),
        ("a", "2024-01-01 10:05", "cart"),
        ("a", "2024-01-01 10:09", "buy"),
        ("b", "2024-01-02 09:00", "cart"),  # cart before any view: not reached
        ("b", "2024-01-02 09:30", "view"),
        ("c", "2024-01-03 12:00", "view"),
        ("c", "2024-01-20 12:00", "cart"),  # 17 days later: outside a 7-day window
    ]
    log = pd.DataFrame(rows, columns=["user_id", "timestamp", "event"])
    log["timestamp"] = pd.to_datetime(log["timestamp"])
    log["plan"] = ["pro", "pro", "pro", None, None, "free", "free"]
    return log.set_axis([7, 7, 3, 1, 0, 9, 9])  # repeated, unordered labels: any index


def test_funnel_counts_users_in_order_and_within_the_window():
    log = small_log()
    before = log.copy()
    assert funnel.funnel(log, ["view", "cart", "buy"])["users"].tolist() == [3, 2, 1]
    assert funnel.funnel(log, ["view", "cart"], within="7D")["users"].tolist() == [3, 1]
    pd.testing.assert_frame_equal(log, before)  # the caller's log is not changed


def test_funnel_by_group_adds_up_to_the_whole_funnel():
    log = small_log()
    by = funnel.funnel(log, ["view", "cart"], by="plan")
    assert by["plan"].unique().tolist() == ["free", "pro", funnel.MISSING]
    whole = funnel.funnel(log, ["view", "cart"])
    assert by.groupby("step", sort=False)["users"].sum().tolist() == whole["users"].tolist()


def test_funnel_refuses_one_step_with_the_fix():
    with pytest.raises(ValueError, match="at least two event names"):
        funnel.funnel(small_log(), ["view"])


def test_funnel_plot_makes_its_own_figure_with_the_note():
    table = funnel.funnel(small_log(), ["view", "cart", "buy"])
    fig = funnel.funnel_plot(table, "Most viewers do not buy")
    (ax,) = fig.axes
    assert len(ax.patches) == 3  # one bar per step
    assert SYNTHETIC_NOTE in [t.get_text() for t in ax.texts]


def test_funnel_plot_draws_on_the_given_axes_and_leaves_the_note_to_the_caller():
    table = funnel.funnel(small_log(), ["view", "cart", "buy"])
    before = table.copy()
    fig, (left, right) = plt.subplots(1, 2)
    figures = plt.get_fignums()
    out = funnel.funnel_plot(table, "Most viewers do not buy", ax=right)
    assert out is fig and plt.get_fignums() == figures  # no new figure
    assert len(right.patches) == 3 and len(left.patches) == 0
    assert right.get_title(loc="left") == "Most viewers do not buy"
    assert SYNTHETIC_NOTE not in [t.get_text() for t in right.texts]
    pd.testing.assert_frame_equal(table, before)


def test_funnel_plot_names_a_missing_column():
    table = funnel.funnel(small_log(), ["view", "cart"]).drop(columns="pct_of_previous")
    with pytest.raises(ValueError, match="pct_of_previous"):
        funnel.funnel_plot(table, "t")
