"""helpers.quadrant: placing segments by the cut-offs, and the plot's ``ax=`` rule."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers import quadrant
from helpers.style import SYNTHETIC_NOTE


def segs() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "segment": ["a", "b", "c", "d", "e"],
            "attempts": [9.0, 8.0, 1.0, 2.0, 5.0],
            "rides": [7.0, 1.0, 3.0, 0.0, 2.0],
            "users": [10, 40, 20, 30, 5],
        },
        index=[4, 4, 2, 0, 9],  # any index
    )


def test_place_puts_values_at_a_cut_off_on_the_high_side():
    placed = quadrant.place(segs(), "attempts", "rides")  # medians 5 and 2: segment e on both
    assert placed.attrs["thresholds"] == (5.0, 2.0)
    assert placed["quadrant"].tolist() == [
        "natural growth",
        "action needed",
        "retention strategy needed",
        "low impact",
        "natural growth",
    ]


def test_weighted_median_is_where_half_of_the_users_are():
    # attempts in order 1, 2, 5, 8, 9 hold 20, 30, 5, 40, 10 users: half of the 105 users
    # (52.5) is first reached at 5 (20 + 30 + 5 = 55); unweighted, the median is also 5, so
    # the rides check tells them apart: rides 0, 1, 2, 3, 7 hold 30, 40, 5, 20, 10 -> 1
    tx, ty = quadrant.thresholds(segs(), "attempts", "rides", weight="users")
    assert (tx, ty) == (5.0, 1.0)
    assert quadrant.thresholds(segs(), "attempts", "rides") == (5.0, 2.0)


def test_place_does_not_change_its_input():
    df = segs()
    before = df.copy()
    quadrant.place(df, "attempts", "rides", threshold=(3, 1))
    pd.testing.assert_frame_equal(df, before)
    assert "quadrant" not in df.columns


def test_quadrant_plot_makes_its_own_figure_with_the_note():
    fig = quadrant.quadrant_plot(
        quadrant.place(segs(), "attempts", "rides"), "attempts", "rides", size_col="users"
    )
    (ax,) = fig.axes
    assert SYNTHETIC_NOTE in [t.get_text() for t in ax.texts]
    assert ax.get_title(loc="left").startswith("'action needed' holds the most users")


def test_quadrant_plot_draws_on_the_given_axes_and_leaves_the_note_to_the_caller():
    placed = quadrant.place(segs(), "attempts", "rides")
    before = placed.copy()
    fig, (left, right) = plt.subplots(1, 2)
    figures = plt.get_fignums()
    out = quadrant.quadrant_plot(placed, "attempts", "rides", ax=left, title="Bubbles")
    assert out is fig and plt.get_fignums() == figures
    assert len(left.collections) == 1 and not right.collections  # the bubbles, on `left`
    assert left.get_title(loc="left") == "Bubbles"
    assert SYNTHETIC_NOTE not in [t.get_text() for t in left.texts]
    pd.testing.assert_frame_equal(placed, before)


def test_quadrant_plot_names_a_missing_column():
    with pytest.raises(ValueError, match="quadrant"):
        quadrant.quadrant_plot(segs(), "attempts", "rides")  # not placed yet
