"""The checkers of notebook 04 (quadrant) accept the right answers and reject typical wrong ones.

Right answers are computed here independently, with the course helpers on the committed data.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers import metrics, quadrant, segments
from helpers.checks import nb04


@pytest.fixture(scope="module")
def user_table(events, users):
    counts = metrics.per_user_counts(
        events, {"attempts": "reservation_attempt", "rides": "return"}, users=users["user_id"]
    )
    return users.set_index("user_id").join(counts)


def _segs(u: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
    u = u.assign(segment=segments.combine(u, cols))
    return (
        u.groupby("segment")
        .agg(users=("attempts", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
        .reset_index()
    )


@pytest.fixture(scope="module")
def placed(user_table):
    return quadrant.place(_segs(user_table, ["age_band", "region"]), "attempts", "rides")


def _status(ex, answer):
    return ex.check(answer, quiet=True)


# ---- exercise 1 ----------------------------------------------------------------------------


def test_ex1_accepts_the_quadrant_of_the_segment(placed):
    right = placed.set_index("segment").loc["35-44 x Seoul", "quadrant"]
    assert right == "retention strategy needed"  # the notebook's success message assumes it
    ex = nb04.segment_quadrant()
    assert _status(ex, right).status == "right"
    assert _status(ex, "  Retention Strategy Needed ").status == "right"


def test_ex1_explains_which_axis_is_wrong():
    ex = nb04.segment_quadrant()
    v = _status(ex, "action needed")
    assert v.status == "wrong"
    assert "below the cut-off" in v.message and "attempts" in v.message
    assert "rides" in v.message  # action needed is also wrong on the rides axis
    v = _status(ex, "natural growth")
    assert "attempts" in v.message and "rides per user" not in v.message
    v = _status(ex, "low impact")
    assert "rides per user" in v.message and "attempts per user" not in v.message


def test_ex1_odd_answers_and_hints():
    ex = nb04.segment_quadrant()
    assert _status(ex, ...).status == "unanswered"
    assert _status(ex, None).status == "unanswered"
    assert "row number" in _status(ex, 3).message  # A2: its own verdict and hint
    ex.reset()
    v1 = _status(ex, 3.5)
    assert "quadrant name in quotes" in v1.message
    v2 = _status(ex, "middle")
    assert "not a quadrant" in v2.message
    v3 = _status(ex, "low impact")
    assert v1.hint != v2.hint != v3.hint
    assert "loc" in v3.hint


# ---- exercise 2 ----------------------------------------------------------------------------


def test_ex2_accepts_the_number_of_users(placed):
    right = placed.loc[placed["quadrant"] == "action needed", "users"].sum()
    ex = nb04.action_needed_users()
    assert _status(ex, right).status == "right"  # a numpy integer
    assert _status(ex, int(right)).status == "right"
    assert _status(ex, float(right)).status == "right"


def test_ex2_rejects_typical_mistakes(placed, user_table):
    ex = nb04.action_needed_users()
    action = placed[placed["quadrant"] == "action needed"]
    share = action["users"].sum() / placed["users"].sum()
    assert "number of segments" in _status(ex, len(action)).message
    assert "share of users" in _status(ex, share).message
    assert "share of users" in _status(ex, round(100 * share)).message
    weighted = quadrant.place(
        _segs(user_table, ["age_band", "region"]), "attempts", "rides", weight="users"
    )
    n_weighted = weighted.loc[weighted["quadrant"] == "action needed", "users"].sum()
    assert n_weighted != action["users"].sum()
    assert "weighted by users" in _status(ex, n_weighted).message
    assert "every user" in _status(ex, len(user_table)).message
    assert "too high" in _status(ex, action["users"].sum() + 100).message
    assert "number of users" in _status(ex, "many").message


def test_ex2_hints_progress():
    ex = nb04.action_needed_users()
    hints = [_status(ex, 1).hint for _ in range(3)]
    assert len(set(hints)) == 3
    assert "placed.loc" in hints[1]
    assert _status(ex, ...).status == "unanswered"


# ---- exercise 3 ----------------------------------------------------------------------------


def test_ex3_right_and_wrong_quadrants(user_table):
    segs = _segs(user_table, ["age_band", "region"])
    before = quadrant.quadrant_summary(quadrant.place(segs, "attempts", "rides"), "users")
    after = quadrant.quadrant_summary(
        quadrant.place(segs, "attempts", "rides", threshold="mean", weight="users"), "users"
    )
    change = after["users"] - before["users"]
    right = change.idxmin()
    ex = nb04.biggest_loser()
    assert _status(ex, right).status == "right"
    for name, delta in change.items():
        if name == right:
            continue
        msg = _status(ex, name).message
        if delta > 0:
            assert "gains" in msg
        elif delta == 0:
            assert "same users" in msg
        else:
            assert "another quadrant loses more" in msg
    assert "not a quadrant" in _status(ex, "top right").message
    assert "quadrant name" in _status(ex, ["natural growth"]).message
    assert _status(ex, ...).status == "unanswered"


# ---- exercise 4 (stretch) ------------------------------------------------------------------


def test_ex4_accepts_a_correct_own_segmentation(user_table):
    ex = nb04.own_segmentation()
    mine = quadrant.place(_segs(user_table, ["channel", "membership"]), "attempts", "rides")
    assert _status(ex, mine).status == "right"
    # as index instead of a column, and with another rule
    assert _status(ex, mine.set_index("segment")).status == "right"
    mean = quadrant.place(
        _segs(user_table, ["member_type", "membership"]), "attempts", "rides", threshold="mean"
    )
    assert _status(ex, mean).status == "right"
    single = (
        user_table.groupby(user_table["channel"].astype(str).rename("segment"))
        .agg(users=("attempts", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
        .reset_index()
    )
    assert _status(ex, quadrant.place(single, "attempts", "rides")).status == "right"


def test_ex4_rejects_the_notebooks_own_segmentation(placed):
    v = _status(nb04.own_segmentation(), placed)
    assert v.status == "wrong" and "already placed" in v.message


def test_ex4_rejects_averages_without_zero_users(events, users):
    counts = metrics.per_user_counts(
        events, {"attempts": "reservation_attempt", "rides": "return"}, users=users["user_id"]
    )
    u = users.set_index("user_id").join(counts)
    u = u[u["attempts"] > 0]  # users who never attempted left out: the averages look better
    bad = quadrant.place(_segs(u, ["channel", "membership"]), "attempts", "rides")
    v = _status(nb04.own_segmentation(), bad)
    assert v.status == "wrong"
    # either the users or the labels differ; the message must point at the counting
    assert "users=users['user_id']" in v.message or "cannot tell" in v.message


def test_ex4_rejects_sums_instead_of_means(user_table):
    u = user_table.assign(segment=segments.combine(user_table, ["channel", "membership"]))
    sums = (
        u.groupby("segment")
        .agg(users=("attempts", "size"), attempts=("attempts", "sum"), rides=("rides", "sum"))
        .reset_index()
    )
    v = _status(nb04.own_segmentation(), quadrant.place(sums, "attempts", "rides"))
    assert "attempts per user" in v.message


def test_ex4_rejects_a_made_up_quadrant(user_table):
    mine = quadrant.place(_segs(user_table, ["channel", "membership"]), "attempts", "rides")
    mine["quadrant"] = np.where(mine["users"] > 500, "action needed", "low impact")
    assert "does not match" in _status(nb04.own_segmentation(), mine).message


def test_ex4_odd_answers():
    ex = nb04.own_segmentation()
    assert _status(ex, ...).status == "unanswered"
    assert "not list" in _status(ex, ["a"]).message
    assert (
        "missing: quadrant"
        in _status(
            ex, pd.DataFrame({"segment": ["a"], "users": [1], "attempts": [1.0], "rides": [1.0]})
        ).message
    )
    assert (
        "cannot tell"
        in _status(
            ex,
            pd.DataFrame(
                {
                    "segment": ["a"],
                    "users": [1],
                    "attempts": [1.0],
                    "rides": [1.0],
                    "quadrant": ["low impact"],
                }
            ),
        ).message
    )
    ex.reset()
    hints = [_status(ex, 1).hint for _ in range(3)]
    assert len(set(hints)) == 3


def test_users_by_rule_keeps_every_user(users):
    table = nb04.users_by_rule()
    assert (table.sum() == len(users)).all()
    assert list(table.index) == quadrant.QUADRANT_NAMES


def test_ex1_verdict_keeps_the_segment_names_capitals():
    """A11: '35-44 x Seoul', not '35-44 x seoul'."""
    ex = nb04.segment_quadrant()
    msgs = [_status(ex, q).message for q in quadrant.QUADRANT_NAMES if q != ex.solution]
    assert any(nb04.EXERCISE_SEGMENT in m for m in msgs)
    assert not any(nb04.EXERCISE_SEGMENT.lower() in m for m in msgs)


def test_ex4_missing_quadrant_column_points_at_step_3(placed):
    """A12: 'missing: quadrant' -> the hint of step 3 (quadrant.place), whatever the try."""
    ex = nb04.own_segmentation()
    ex.reset()
    v = _status(ex, placed.drop(columns="quadrant"))
    assert "missing: quadrant" in v.message and v.hint.startswith("Step 3")


def test_quadrant_plot_needs_no_title_and_keeps_corner_labels_inside(placed):
    """A12/B8: the hint's quadrant_plot(...) without title= runs; corner labels are inside."""
    import matplotlib.pyplot as plt

    fig = quadrant.quadrant_plot(placed, "attempts", "rides", size_col="users")
    ax = fig.axes[0]
    assert "holds the most users" in ax.get_title(loc="left")
    fig.canvas.draw()
    box = ax.get_window_extent()
    for text in ax.texts:
        if text.get_text() in quadrant.QUADRANT_NAMES:
            ext = text.get_window_extent()
            assert box.x0 <= ext.x0 and ext.x1 <= box.x1, text.get_text()
    plt.close(fig)


def test_ex3_has_a_place_for_the_sentence_it_asks_for():
    """A15: Exercise 3 asks 'say in one sentence why': its answer cell has a place for it."""
    from pathlib import Path

    src = (Path(__file__).resolve().parents[1] / "notebooks/src/04_quadrant.py").read_text()
    cell = src[src.index("loses_most = ...") :].split("# %%")[0]
    assert "one sentence" in cell
