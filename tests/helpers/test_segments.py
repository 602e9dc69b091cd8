"""helpers.segments: sizes, combinations and RFM scores against slow obvious computations."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import segments


def slow_score(values: list[float], bins: int, higher_is_better: bool = True) -> list[int]:
    """Rank with ties in order of appearance; score k for ranks in ((k-1) n/bins, k n/bins]."""
    n = len(values)
    key = (lambda i: (values[i], i)) if higher_is_better else (lambda i: (-values[i], i))
    rank = {i: r for r, i in enumerate(sorted(range(n), key=key), start=1)}
    return [next(k for k in range(1, bins + 1) if rank[i] * bins <= k * n) for i in range(n)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 5), min_size=1, max_size=40),  # few values: many ties
    st.integers(1, 6),
    st.booleans(),
)
def test_rank_scores_match_the_slow_rule(values, bins, higher):
    s = pd.Series(values, dtype="float64", index=np.arange(len(values))[::-1])
    got = segments._rank_score(s, bins, higher_is_better=higher)
    assert got.index.equals(s.index) and got.dtype == "int64"
    assert got.tolist() == slow_score(values, bins, higher)


def test_rank_scores_fill_every_bin_as_evenly_as_whole_users_allow():
    got = segments._rank_score(pd.Series([1.0] * 10), 3)  # all tied: by order of appearance
    assert got.tolist() == [1, 1, 1, 2, 2, 2, 3, 3, 3, 3]


def rides() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "user_id": [1, 1, 2, 3, 3, 3, 4],
            "timestamp": pd.to_datetime(
                [
                    "2024-06-01",
                    "2024-06-20",
                    "2024-01-01",
                    "2024-06-25",
                    "2024-05-01",
                    "2024-04-01",
                    "2024-06-30",
                ]
            ),
            "fare": [10, 20, 5, 50, 5, 5, 1],
        },
        index=[5, 5, 1, 0, 0, 9, 2],  # any index
    )


def test_rfm_scores_recency_frequency_and_money_per_user():
    df = rides()
    before = df.copy()
    r = segments.rfm(df, value_col="fare", today="2024-07-01")
    assert r["recency_days"].tolist() == [11.0, 182.0, 6.0, 1.0]
    assert r["frequency"].tolist() == [2, 1, 3, 1] and r["monetary"].tolist() == [30, 5, 60, 1]
    assert r["R"].tolist() == slow_score([-11.0, -182.0, -6.0, -1.0], 3)
    # by hand, 4 users in 3 bins (ranks 1, 2, 3-4): R by recency 182, 11, 6, 1 days;
    # F by rides 1 (user 2), 1 (user 4, later in the table), 2, 3; M by fares 1, 5, 30, 60
    assert r["segment"].tolist() == ["233", "112", "333", "321"]
    pd.testing.assert_frame_equal(df, before)


@pytest.mark.parametrize("bins", [0, -1, 2.5, True, "3"])
def test_rfm_refuses_bins_that_are_not_a_whole_number_of_one_or_more(bins):
    with pytest.raises(ValueError, match="bins must be a whole number of at least 1"):
        segments.rfm(rides(), bins=bins)


def test_segment_sizes_add_up_and_keep_missing_values():
    users = pd.DataFrame({"plan": ["pro"] * 6 + ["free"] * 3 + [None]}, index=[3] * 10)
    sizes = segments.segment_sizes(users, "plan", mass_share=0.25)
    assert sizes["users"].sum() == 10
    assert dict(zip(sizes["segment"], sizes["kind"], strict=True)) == {
        "pro": "Mass",
        "free": "Mass",
        "(missing)": "Specific",
    }


def test_combine_joins_the_columns_row_by_row():
    df = pd.DataFrame({"a": ["x", None], "b": ["1", "2"]}, index=["r", "s"])
    out = segments.combine(df, ["a", "b"])
    assert out.tolist() == ["x x 1", "(missing) x 2"] and out.index.tolist() == ["r", "s"]
