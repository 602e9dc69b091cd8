"""helpers/leadlag.py: the fewest periods lead_lag() works with, and the message that says so."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers import i18n, leadlag

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
